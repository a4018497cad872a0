import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  LINE_LABELS,
  NEWS_TEMPLATES,
  PREVIEW_WARNINGS,
  createMatch,
  loadScenario,
  newsText,
  previewOrders,
  resolveQuarter,
  type MatchState,
  type Role,
} from '../../shared/index';
import { allSteady, orders } from '../engine/helpers';
import { at, must } from '../../shared/lists';

// Every key the engine emits (news, money lines, sentiment causes, mood causes, preview warnings)
// has English text, so the client can translate all of them.

function collect(state: MatchState, keys: { news: Set<string>; lines: Set<string> }, quarters: number, hostEvents = true) {
  let s = state;
  for (let q = 0; q < quarters && !s.finished; q++) {
    const o = allSteady(s);
    const live = s.settings.activeSeats.filter((r) => !s.companies[r].bankrupt);
    for (const r of live as Role[]) {
      const c = s.companies[r];
      if (q === 0 && c.cloud.status === 'none') o[r] = { ...o[r]!, cloud: { launch: true, askPrice: 0 }, statement: 'announceCloud' };
      else o[r] = { ...o[r]!, statement: at(['clarify', 'hype', 'capexDiscipline', 'none'] as const, q % 4, 'statement') };
      if (q === 1) o[r] = { ...o[r]!, chips: { gw: 4, maxPricePerGW: 33 + live.indexOf(r) }, build: { gw: 3, expedite: true } };
    }
    const events = hostEvents ? s.scenario.events.filter((_, i) => i % quarters === q).map((e) => (e.target === 'global' ? { id: e.id } : { id: e.id, target: e.target === 'cloud' ? ('amazon' as Role) : ('meta' as Role) })) : [];
    const out = resolveQuarter(s, o, events);
    for (const n of out.report.news) keys.news.add(n.key);
    for (const c of out.report.companies) {
      for (const l of [...c.pnl.revenue, ...c.pnl.costs, ...c.cashFlow.lines, ...c.sentiment.causes]) keys.lines.add(l.key.startsWith('event.') ? 'event.{id}' : l.key);
    }
    for (const m of out.report.mood.causes) keys.lines.add(`mood.${m.key}`);
    s = out.state;
  }
  return s;
}

describe('text keys', () => {
  it('every emitted news and line key has an English text', () => {
    const keys = { news: new Set<string>(), lines: new Set<string>() };
    collect(createMatch(DEFAULT_SCENARIO, { quarters: 12 }, 'keys'), keys, 12);
    const stressed = structuredClone(DEFAULT_SCENARIO);
    stressed.mood.start = 14;
    for (const c of Object.values(stressed.companies)) c.cash *= 0.05;
    must(stressed.contracts.starting[0], 'the first starting contract').cuPerQuarter = 6;
    collect(createMatch(loadScenario(stressed), { quarters: 6 }, 'stress'), keys, 6, false);
    for (const k of keys.news) expect(NEWS_TEMPLATES, k).toHaveProperty([k]);
    for (const k of keys.lines) expect(LINE_LABELS, k).toHaveProperty([k]);
    expect(keys.news.size).toBeGreaterThan(20);
    expect(keys.news).toContain('news.distress.bankrupt');
    expect(keys.news).toContain('news.contract.shortfall');
  });

  it('news text fills every placeholder', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'text');
    const out = resolveQuarter(s, {}, [{ id: 'rumor', target: 'meta' }, { id: 'bubbleCall' }]);
    for (const n of out.report.news) expect(newsText(n.key, n.params), n.key).not.toMatch(/\{\w+\}/);
    expect(newsText('news.event', { id: 'rumor', title: 'Echo-chamber rumor', target: 'meta' })).toBe('Echo-chamber rumor (meta)');
  });

  it('preview warnings have templates', () => {
    const s = createMatch(DEFAULT_SCENARIO, {}, 'w');
    const p = previewOrders(s, 'openai', orders(s, 'openai', { chips: { gw: 9, maxPricePerGW: 20 }, build: { gw: 10, expedite: true } }), null);
    for (const w of p.warnings) {
      expect(PREVIEW_WARNINGS, w.key).toHaveProperty([w.key]);
      expect(w.message).not.toMatch(/\{\w+\}/);
    }
  });
});
