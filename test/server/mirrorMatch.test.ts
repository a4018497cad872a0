import { Encoder, Reflection } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../shared/bots/decide';
import { DEFAULT_SCENARIO, createMatch, resolveQuarter } from '../../shared/engine';
import type { QuarterReport } from '../../shared/engine/types';
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
    let s = createMatch(DEFAULT_SCENARIO, { quarters: 40 }, seed);
    const reports: QuarterReport[] = [];
    const target = new MatchStateSchema();
    const encoder = new Encoder(target);
    mirrorPublic(target, playerView(s, null, reports));
    const decoder = Reflection.decode(Reflection.encode(encoder));
    decoder.decode(encoder.encodeAll());
    encoder.discardChanges();
    let removals = 0;
    while (!s.finished) {
      const orders = Object.fromEntries(s.settings.activeSeats.filter((r) => !s.companies[r].bankrupt).map((r) => [r, botOrders(s, reports, r, 'classic')]));
      const before = s;
      const out = resolveQuarter(s, orders);
      s = out.state;
      reports.push(out.report);
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
    }
    // The lists did lose items on the way (retired or sold cohorts).
    expect(removals).toBeGreaterThan(10);
  });
});
