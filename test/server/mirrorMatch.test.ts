import { Encoder, Reflection } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { runBotMatch } from '../../shared/bots/runner';
import { DEFAULT_SCENARIO, createMatch } from '../../shared/engine';
import { playerView, publicCompany } from '../../shared/engine/view';
import { ROLES } from '../../shared/roles';
import { decode } from '../../shared/wire/decode';
import { ACTIVE_EVENT, COMPANY, CONTRACT, GLOBAL } from '../../shared/wire/tables';
import { MatchStateSchema } from '../../server/schema/MatchState';
import { mirrorPublic } from '../../server/schema/mirror';

// The public mirror over whole matches: chip cohorts retire and are sold, shells finish, orders
// arrive and contracts end, so lists lose items in front and in the middle while others are
// appended in the same patch. What a Colyseus decoder makes of the patches must stay the engine's
// public state, field for field, every quarter.

type Decoded = Record<string, unknown> & { companies: { get(role: string): unknown }; contracts: unknown; events: unknown; global: unknown };

describe('the public mirror through whole matches', () => {
  it.each(['mirror-match-1', 'mirror-match-2'])('decodes to the engine state every quarter of 40 (%s)', (seed) => {
    const match = runBotMatch({ seed, quarters: 40, keepStates: true, hashes: false });
    let before = createMatch(DEFAULT_SCENARIO, { quarters: 40 }, seed);
    const target = new MatchStateSchema();
    const encoder = new Encoder(target);
    mirrorPublic(target, playerView(before, null, []));
    const decoder = Reflection.decode(Reflection.encode(encoder));
    decoder.decode(encoder.encodeAll());
    encoder.discardChanges();
    let removals = 0;
    for (const [i, s] of match.states!.entries()) {
      const reports = match.reports.slice(0, i + 1);
      for (const r of ROLES) if (s.companies[r].cohorts.length < before.companies[r].cohorts.length + 1) removals++;
      mirrorPublic(target, playerView(s, null, reports));
      decoder.decode(encoder.encode());
      encoder.discardChanges();
      const seen = decoder.state as unknown as Decoded;
      for (const r of ROLES) {
        const { history: _history, ...engine } = publicCompany({ ...s.companies[r], history: [] });
        expect(decode(seen.companies.get(r) as Record<string, unknown>, COMPANY), `${r} at quarter ${s.quarter}`).toEqual(engine);
      }
      expect(decode(seen.global as Record<string, unknown>, GLOBAL)).toEqual(s.global);
      expect((seen.contracts as unknown[]).length).toBe(s.contracts.length);
      expect([...(seen.contracts as Iterable<Record<string, unknown>>)].map((c) => decode(c, CONTRACT))).toEqual(s.contracts);
      expect([...(seen.events as Iterable<Record<string, unknown>>)].map((e) => decode(e, ACTIVE_EVENT))).toEqual(s.events);
      expect(seen.reportCount).toBe(reports.length);
      before = s;
    }
    // The lists did lose items on the way (retired or sold cohorts).
    expect(removals).toBeGreaterThan(10);
  });
});
