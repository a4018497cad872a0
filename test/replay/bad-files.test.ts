import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENGINE_VERSION } from '../../shared/index';
import { engineVersionProblem, parseRecordBytes, parseRecordText, replayRecord, serializeRecord, verifyRecord, MAX_RECORD_BYTES } from '../../shared/replay';
import { badFiles, resealed } from './badFiles';
import { playScripted, recordQuarter } from './helpers';
import { must } from '../../shared/lists';

const { record } = playScripted({ seed: 'bad-files', quarters: 8 });
const text = serializeRecord(record);

/** Reads a file the way the server and the CLI do, then refuses other engine versions like they do. */
function read(bytes: Uint8Array) {
  const r = parseRecordBytes(bytes);
  if (!r.ok) return r;
  const v = engineVersionProblem(r.record);
  return v ? { ok: false as const, error: v } : r;
}

describe('bad record files get an error naming the problem', () => {
  for (const bad of badFiles(record)) {
    it(`${bad.name} → ${bad.kind}`, () => {
      const r = read(bad.bytes);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.kind).toBe(bad.kind);
      expect(r.error.message).toMatch(bad.says);
    });
  }

  it('a record from another engine version still reads (summary) but is not replayed as corrupt', () => {
    const other = resealed(record, (r) => {
      r.engineVersion = '0.0.1';
    });
    const r = parseRecordText(serializeRecord(other));
    expect(r.ok).toBe(true);
    const replay = replayRecord(other);
    expect(replay.ok).toBe(false);
    expect(replay.failure?.kind).toBe('engineVersion');
    expect(replay.failure?.message).toContain(`engine version 0.0.1; this build runs engine ${ENGINE_VERSION}`);
  });

  it('a file over the size limit is refused before it is read', () => {
    const r = parseRecordBytes(new Uint8Array(MAX_RECORD_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('tooLarge');
    const small = parseRecordText(text, 1000);
    expect(small.ok).toBe(false);
    if (!small.ok) expect(small.error.message).toMatch(/limited to/);
  });

  it('deeply nested input is refused without exhausting the stack', () => {
    const r = parseRecordText(`{"format":"compute-race-match","x":${'['.repeat(200000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('corrupt');
  });

  it('every cut of a record reads as truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        const r = parseRecordText(text.slice(0, cut));
        return !r.ok && r.error.kind === 'truncated';
      }),
      { numRuns: 150 },
    );
  });

  it('any one changed character is caught (corrupt, foreign, tampered or truncated), never read as good', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom('0', '9', '"', '}', 'x', ' ', ','), (at, ch) => {
        if (text[at] === ch) return true;
        const r = parseRecordText(text.slice(0, at) + ch + text.slice(at + 1));
        return !r.ok;
      }),
      { numRuns: 200 },
    );
  });
});

describe('a re-sealed edit is found by re-running the engine', () => {
  it('names the first quarter that differs and what differs in it', () => {
    const edited = resealed(record, (r) => {
      recordQuarter(r, 4).orders.meta!.finance.issueDebt += 20;
    });
    const v = verifyRecord(edited);
    expect(v.ok).toBe(false);
    expect(v.quartersChecked).toBe(4);
    expect(v.failure?.kind).toBe('tampered');
    expect(v.failure?.quarter).toBe(4);
    expect(v.failure?.message).toMatch(/quarter 4 \(Q1 2027\) does not reproduce/);
    const names = v.failure!.divergence!.differences.map((d) => d.name);
    expect(names).toContain('companies.meta');
    expect(names).toContain('meta.debt');
  });

  it('an order the engine refuses is named with its quarter and reason', () => {
    const edited = resealed(record, (r) => {
      recordQuarter(r, 2).orders.openai!.allocation.training = 99;
    });
    const v = verifyRecord(edited);
    expect(v.ok).toBe(false);
    expect(v.failure?.quarter).toBe(2);
    expect(v.failure?.message).toMatch(/quarter 2 .*refuses the recorded orders/);
    expect(v.failure?.details.join(' ')).toMatch(/allocation/);
  });

  it('an edited embedded scenario is found before anything is re-run', () => {
    const edited = resealed(record, (r) => {
      (r.scenario as { chips: { listPrice: number } }).chips.listPrice *= 2;
    });
    const v = verifyRecord(edited);
    expect(v.failure?.kind).toBe('tampered');
    expect(v.failure?.message).toMatch(/embedded scenario was modified/);
  });

  it('edited standings are found at the end', () => {
    const edited = resealed(record, (r) => {
      const [first, second, ...rest] = r.standings;
      r.standings = [must(second, 'second standing'), must(first, 'first standing'), ...rest];
    });
    const v = verifyRecord(edited);
    expect(v.failure?.message).toMatch(/standings differ/);
  });
});
