import type { ErrorPayload } from '../../shared/protocol';
import type { GroupOutcome } from '../../shared/classroom/protocol';
import type { Match } from '../room/match';

// The class's pace: the teacher owns it. Every group plans the same quarter (the class's quarter,
// `pace`); a group whose quarter resolved early (all submitted, or no student left) waits in its
// results. The class moves on only on the teacher's "Next quarter" or, when the class has a
// results timer, once every playing group has resolved the class's quarter and its results timer
// ran out. Moving on brings every group to the same quarter: a group still planning the class's
// quarter resolves now (as on "Resolve now"), then every group opens the next planning at once.

/** A group of the class as pacing sees it: its match while its room lives, else null. */
export interface PacedGroup {
  index: number;
  code: string;
  match: Match | null;
}

/** At most this many quarters are resolved for one group in one move (a group far behind after a restore). */
const MAX_CATCH_UP = 64;

function refusedOutcome(g: PacedGroup, code: ErrorPayload['code'], message: string): GroupOutcome {
  return { group: g.index, code: g.code, ok: false, error: { code, message, type: 'classCommand' } };
}

/** A group that plays (started, not over, room alive). */
function playing(m: Match | null): m is Match {
  return m !== null && (m.phase === 'planning' || m.phase === 'results');
}

export class ClassPacing {
  /** The quarter (0-based) every group of the class may plan at most. */
  pace: number;

  constructor(pace = 0) {
    this.pace = pace;
  }

  /**
   * The pace of groups brought back after a restart: the quarter the furthest-behind group plans.
   * (A group that waited in its results comes back planning the next quarter; it waits there,
   * paused and unresolved, until the class reaches that quarter.)
   */
  static fromGroups(groups: readonly PacedGroup[]): ClassPacing {
    let pace: number | null = null;
    for (const g of groups) {
      const m = g.match;
      if (!playing(m)) continue;
      const q = m.phase === 'planning' ? m.state.quarter : m.state.quarter - 1;
      pace = pace === null ? q : Math.min(pace, q);
    }
    return new ClassPacing(pace ?? 0);
  }

  /** Puts every group under the class's pace. */
  apply(groups: readonly PacedGroup[]): void {
    for (const g of groups) if (g.match) g.match.classPace = this.pace;
  }

  /** Every playing group resolved the class's quarter and its results timer ran out (and none is paused). */
  timerDue(groups: readonly PacedGroup[]): boolean {
    const ms = groups.map((g) => g.match).filter(playing);
    if (ms.length === 0) return false;
    return ms.every((m) => m.phase === 'results' && m.state.quarter === this.pace + 1 && m.resultsOver && !m.paused);
  }

  /**
   * "Next quarter" for the class: brings every playing group to the planning of the quarter after
   * the class's, resolving first the quarters a group has not resolved yet. `onOpened(quarter)`
   * runs once the pace moved (before the groups open their planning), e.g. to queue scheduled events.
   */
  advance(groups: readonly PacedGroup[], onOpened?: (quarter: number, m: Match) => void): GroupOutcome[] {
    const target = this.pace + 1;
    const active = groups.filter((g) => playing(g.match));
    if (active.length === 0) {
      return groups.map((g) => refusedOutcome(g, g.match?.phase === 'lobby' ? 'WRONG_PHASE' : 'MATCH_OVER', g.match?.phase === 'lobby' ? `group ${g.index + 1} has not started` : `group ${g.index + 1}: the match has ended`));
    }
    const caught = new Map<number, GroupOutcome>();
    for (const g of active) {
      const problem = this.catchUp(g.match!, target);
      if (problem) caught.set(g.index, refusedOutcome(g, problem.code, `group ${g.index + 1}: ${problem.message}`));
    }
    this.pace = target;
    this.apply(groups);
    return groups.map((g) => {
      const m = g.match;
      if (caught.has(g.index)) return caught.get(g.index)!;
      if (!m) return refusedOutcome(g, 'MATCH_OVER', `group ${g.index + 1} (${g.code}) is closed`);
      if (m.phase === 'lobby') return refusedOutcome(g, 'WRONG_PHASE', `group ${g.index + 1} has not started`);
      if (m.phase === 'debrief') return refusedOutcome(g, 'MATCH_OVER', `group ${g.index + 1}: the match has ended`);
      if (m.phase === 'results' && m.state.quarter === target) {
        onOpened?.(target, m);
        m.beginPlanning();
      }
      return { group: g.index, code: g.code, ok: true };
    });
  }

  /** Resolves (and opens) quarters until the group has resolved every quarter before `target`. */
  private catchUp(m: Match, target: number): { code: ErrorPayload['code']; message: string } | null {
    for (let i = 0; i < MAX_CATCH_UP; i++) {
      if (m.phase === 'debrief') return null;
      if (m.state.quarter >= target && m.phase === 'results') return null;
      if (m.phase === 'planning' && m.state.quarter >= target) return null;
      if (m.phase === 'results') {
        m.beginPlanning();
        continue;
      }
      const outcome = m.resolve('host');
      if (!outcome.ok) return outcome.error;
    }
    return { code: 'SERVER_ERROR', message: `could not catch up to quarter ${target + 1}` };
  }
}
