import { describe, expect, it } from 'vitest';
import type { GroupData } from '../../shared/classroom/data';
import type { GroupSummary } from '../../shared/classroom/summary';
import { ROLES } from '../../shared/roles';
import { compareCompanies, meanMood } from '../../client/views/class/compareData';
import { boardPage, eventsAcross, indexedPrices, leaderboard, seatKind, sharedIndexRange } from '../../client/views/class/projectorData';
import { createOptions, draftProblems, newDraft, studentSeats } from '../../client/views/class/setupDraft';

// The class screens' pure parts: what "Create class" sends, the projector's shared y range, pages
// and events, and the comparison of two classes.

function summary(prices: Record<string, number[]>, events: GroupSummary['lastEvents'] = []): GroupSummary {
  const companies = Object.entries(prices).map(([role, p]) => ({ role, sharePrice: p.at(-1)!, startSharePrice: p[0]!, tsr: p.at(-1)! / p[0]! - 1, bankrupt: false, cloudStatus: 'none', prices: p })) as GroupSummary['companies'];
  return {
    quarter: 1,
    quartersTotal: 4,
    startYear: 2026,
    startQuarter: 1,
    label: 'Q2 2026',
    mood: 55,
    moodHistory: [50, 55],
    roiGap: 0,
    companies,
    ranking: [...companies].sort((a, b) => b.tsr - a.tsr).map((c) => ({ role: c.role, tsr: c.tsr, bankrupt: false })),
    lastEvents: events,
  };
}

describe('class setup draft', () => {
  it('sends random events off, anonymous names and the schedule only when set', () => {
    const d = newDraft('base');
    expect(createOptions(d)).not.toHaveProperty('schedule');
    expect(createOptions(d)).not.toHaveProperty('anonymousNames');
    expect(createOptions(d).settings).not.toHaveProperty('randomEvents');
    const set = { ...d, title: ' Period 3 ', seed: 'abc', randomEvents: false, anonymous: true, schedule: [{ quarter: 2, eventId: 'rateHike' }] };
    expect(createOptions(set)).toMatchObject({ groups: 6, title: 'Period 3', anonymousNames: true, schedule: [{ quarter: 2, eventId: 'rateHike' }], settings: { seed: 'abc', randomEvents: false, quarters: 8 } });
  });

  it('names each problem at its field', () => {
    const d = newDraft('base');
    expect(draftProblems(d)).toEqual([]);
    expect(draftProblems({ ...d, seed: 'has space' })).toEqual([{ field: 'seed', key: 'setup.seedError' }]);
    const none = { ...d, kinds: Object.fromEntries(ROLES.map((r) => [r, 'absent'])) as typeof d.kinds };
    expect(draftProblems(none)).toEqual([{ field: 'seats', key: 'setup.noCompany' }]);
    expect(draftProblems({ ...d, quarters: 4, schedule: [{ quarter: 5, eventId: 'rateHike' }] })).toEqual([{ field: 'schedule', key: 'schedule.beyond' }]);
    expect(studentSeats({ ...d, groups: 3, kinds: { ...d.kinds, google: 'bot' } })).toBe(12);
  });
});

describe('projector data', () => {
  const a = summary({ openai: [100, 150], meta: [50, 45] });
  const b = summary({ openai: [100, 80], meta: [50, 70] }, [{ id: 'bubbleCall', injected: true }]);

  it('indexes share prices to 100 and gives every group one y range covering them all', () => {
    expect(indexedPrices(a)[0]!.values).toEqual([100, 150]);
    const [lo, hi] = sharedIndexRange([a, b, null]);
    expect(lo).toBeLessThanOrEqual(80);
    expect(hi).toBeGreaterThanOrEqual(150);
    expect(sharedIndexRange([null])).toEqual([99, 101]);
  });

  it('ranks every company of every group and turns pages that wrap', () => {
    const board = leaderboard([
      { index: 0, summary: a },
      { index: 1, summary: b },
    ]);
    expect(board.map((r) => `${r.role}${r.group}`)).toEqual(['openai0', 'meta1', 'meta0', 'openai1']);
    expect(board.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(boardPage(board, 1, 3)).toMatchObject({ page: 1, pages: 2, rows: [board[3]] });
    expect(boardPage(board, 2, 3).page).toBe(0);
  });

  it('lists last quarter’s events once with the groups they hit', () => {
    const c = summary({ openai: [100, 100] }, [{ id: 'bubbleCall', injected: true }]);
    expect(eventsAcross([{ index: 0, summary: a }, { index: 1, summary: b }, { index: 2, summary: c }])).toEqual([{ id: 'bubbleCall', injected: true, groups: [1, 2] }]);
  });

  it('knows who plays a seat', () => {
    const v = { groups: [{ index: 0, seats: [{ role: 'google', kind: 'bot' }] }] };
    expect(seatKind(v, 0, 'google')).toBe('bot');
    expect(seatKind(v, 1, 'google')).toBe('');
  });
});

describe('comparing two classes', () => {
  function group(group: number, tsr: Record<string, number>, mood: number[], bot: string[] = []): GroupData {
    return {
      group,
      seats: Object.keys(tsr).map((role) => ({ role, kind: bot.includes(role) ? 'bot' : 'human', persona: 'classic', name: '' })),
      activeSeats: Object.keys(tsr),
      quarters: mood.map((m, q) => ({ quarter: q, mood: m, companies: Object.entries(tsr).map(([role, t]) => ({ role, tsr: t, bankrupt: false })) })),
    } as unknown as GroupData;
  }
  const cls = (groups: GroupData[]) => ({ classId: 'X', title: '', createdAt: '', seed: 's', scenarioId: 'base', quarters: 2, groups });

  it('gives each company its mean, best and worst return in each class, and bot groups', () => {
    const a = cls([group(0, { openai: 0.2, meta: -0.1 }, [50, 60]), group(1, { openai: 0.4, meta: 0.1 }, [50, 40], ['meta'])]);
    const b = cls([group(0, { openai: -0.2 }, [50, 30, 20])]);
    const rows = compareCompanies(a, b);
    expect(rows.find((r) => r.role === 'openai')).toMatchObject({ a: { best: 0.4, worst: 0.2, bots: 0 }, b: { mean: -0.2 } });
    expect(rows.find((r) => r.role === 'openai')!.a!.mean).toBeCloseTo(0.3, 10);
    expect(rows.find((r) => r.role === 'meta')).toMatchObject({ a: { bots: 1 }, b: null });
    expect(meanMood(a)).toEqual([50, 50]);
    expect(meanMood(b)).toEqual([50, 30, 20]);
  });
});
