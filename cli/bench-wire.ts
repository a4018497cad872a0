// npm run bench:wire — what a client receives per resolved quarter over whole matches, by quarter:
// the public state patch (the server mirror encoded by Colyseus, its shared part compressed once
// per room when large, as every client receives it) and the report frame (compressed once per room). Bots play every seat, so chip cohorts, shells and
// contracts pile up as in real play. Prints figures only. Options: --seeds N --quarters Q
import { Encoder } from '@colyseus/schema';
import type { BotPersona } from '../shared/bots/personas';
import { runBotMatch } from '../shared/bots/runner';
import { DEFAULT_SCENARIO, createMatch } from '../shared/engine';
import { ROLES } from '../shared/roles';
import { benchArg } from './lib/args';
import { playerView } from '../shared/engine/view';
import { MatchStateSchema } from '../server/schema/MatchState';
import { mirrorPublic } from '../server/schema/mirror';
import { ReportFrames } from '../server/schema/reportFrames';
import { SHARED_PATCH_HEADER_BYTES } from '../shared/wire/sharedPatch';
import { compressedSharedPart } from '../server/schema/sharedPatchSerializer';

const seeds = benchArg('seeds', 6);
const quarters = benchArg('quarters', 40);
const PERSONAS: BotPersona[] = ['classic', 'builder', 'balanced', 'cloud-first', 'frugal'];

/** Bytes by quarter (index = quarter resolved − 1) of one match. */
function playMatch(seed: string, persona: BotPersona): { patch: number[]; frame: number[]; mirrorMs: number } {
  const match = runBotMatch({ seed, quarters, seats: Object.fromEntries(ROLES.map((r) => [r, persona])), keepStates: true, hashes: false });
  const target = new MatchStateSchema();
  const encoder = new Encoder(target);
  mirrorPublic(target, playerView(createMatch(DEFAULT_SCENARIO, { quarters }, seed), null, []));
  encoder.encodeAll();
  encoder.discardChanges();
  const frames = new ReportFrames();
  const patch: number[] = [];
  const frame: number[] = [];
  let mirrorMs = 0;
  match.states!.forEach((state, i) => {
    const reports = match.reports.slice(0, i + 1);
    const t0 = performance.now();
    mirrorPublic(target, playerView(state, null, reports));
    mirrorMs += performance.now() - t0;
    const shared = encoder.encode();
    const compressed = compressedSharedPart(shared);
    // A compressed one travels as a `patch` message: its header and the message's own (~8 bytes).
    patch.push(compressed ? compressed.byteLength + SHARED_PATCH_HEADER_BYTES + 8 : shared.byteLength);
    encoder.discardChanges();
    frame.push(frames.update(reports).reduce((n, f) => n + f.byteLength, 0));
  });
  return { patch, frame, mirrorMs: mirrorMs / match.reports.length };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(2);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

console.log(`Bytes a client receives per resolved quarter: ${seeds} matches per bot persona, ${quarters} quarters, every seat a bot`);
console.log('(public state patch + report frame; each client also gets its own seat\'s private changes, `ready`/`submitted` flags and answers: 0.3-0.6 KB)\n');
const checkpoints = [1, 4, 8, 12, 20, 30, 40].filter((q) => q <= quarters);
console.log(['persona'.padEnd(12), ...checkpoints.map((q) => `q${q}`.padStart(12)), 'mean'.padStart(12), 'mirror ms'.padStart(10)].join(''));
for (const persona of PERSONAS) {
  const runs = Array.from({ length: seeds }, (_, i) => playMatch(`wire-${persona}-${i}`, persona));
  const at = (q: number) => mean(runs.map((r) => (r.patch[q - 1] ?? 0) + (r.frame[q - 1] ?? 0)));
  const all = mean(runs.map((r) => mean(r.patch.map((p, i) => p + (r.frame[i] ?? 0)))));
  const patchMean = mean(runs.map((r) => mean(r.patch)));
  const frameMean = mean(runs.map((r) => mean(r.frame)));
  console.log([persona.padEnd(12), ...checkpoints.map((q) => `${kb(at(q))} KB`.padStart(12)), `${kb(all)} KB`.padStart(12), mean(runs.map((r) => r.mirrorMs)).toFixed(2).padStart(10)].join(''));
  console.log(['  of which'.padEnd(12), `patch ${kb(patchMean)} KB, report ${kb(frameMean)} KB`.padStart(12)].join(''));
}
