import { describe, expect, it } from 'vitest';
import type { MatchState, QuarterReport } from '../../shared/engine/types';
import { openPromises } from '../../client/planning/openPromises';
import { newMatch, orders, step } from '../engine/helpers';

// The Finance tab lists the promises investors have not judged yet, read from the reports' news.

describe('open promises', () => {
  it('lists a hype and a cloud announcement until the quarter each is judged, with the cloud price floor', () => {
    let s: MatchState = newMatch();
    const reports: QuarterReport[] = [];
    const play = (o = {}) => {
      const r = step(s, o);
      s = r.state;
      reports.push(r.report);
    };
    play({ meta: orders(s, 'meta', { statement: 'hype' }) });
    play({ meta: orders(s, 'meta', { statement: 'announceCloud', cloud: { launch: true, askPrice: 0 } }) });
    const floor = reports[1]!.news.find((n) => n.key === 'news.statement.cloudPromise')!.params.floor;
    expect(floor).toBeCloseTo(0.9 * reports[1]!.cloud.price, 2);
    expect(openPromises(reports, 'meta')).toEqual([
      { kind: 'hype', madeQ: 0, dueQ: 4 },
      { kind: 'cloud', madeQ: 1, dueQ: 5, floor },
    ]);
    expect(openPromises(reports, 'google')).toEqual([]);
    for (let q = 2; q <= 4; q++) play();
    // Quarter 4's report judged the hype: only the cloud announcement is still open.
    expect(reports.at(-1)!.news.some((n) => n.key.startsWith('news.statement.hype') && n.role === 'meta')).toBe(true);
    expect(openPromises(reports, 'meta')).toEqual([{ kind: 'cloud', madeQ: 1, dueQ: 5, floor }]);
    play();
    expect(openPromises(reports, 'meta')).toEqual([]);
    expect(openPromises([], 'meta')).toEqual([]);
  });
});
