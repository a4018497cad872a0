import type { Lesson } from '../../shared/classroom/lessons';
import type { HostCommand } from '../../shared/protocol';
import { at } from '../../shared/lists';
import { isRole } from '../../shared/roles';
import { hasKey, t, type Params } from '../i18n';
import type { classEn } from '../i18n/messages/en/class';
import { eventTitle, quarterLabel, setCalendarStart } from '../i18n/engineText';
import { money, num, pct, pctDelta } from '../i18n/format';
import { roleName } from '../app/company';
import type { ClassGroupView, ClassView } from './connection';

// Classroom text helpers over the one catalogue (keys under `class.`, client/i18n/messages/*/class.ts).

export type ClassKey = keyof typeof classEn extends infer K ? (K extends `class.${infer R}` ? R : never) : never;


/** A classroom text in the active language. */
export function tc(key: ClassKey, params?: Params): string {
  return t(`class.${key}`, params);
}

export function groupName(index: number): string {
  return tc('group.n', { n: index + 1 });
}

export function groupShort(index: number): string {
  return tc('group.short', { n: index + 1 });
}

/** Twelve colours told apart on the navy background; charts always name the group too. */
const GROUP_COLORS = [0x56b4e9, 0xe69f00, 0x19b38a, 0xf0e442, 0xcc79a7, 0xf07a2e, 0x9aa8ff, 0xa6e36b, 0xff7fa0, 0x4dd0e1, 0xd9b38c, 0xc39bf0];

export function groupColor(index: number): number {
  const n = GROUP_COLORS.length;
  return at(GROUP_COLORS, ((index % n) + n) % n, 'group colour');
}

export { personaName } from '../i18n/personas';

export function commandName(command: HostCommand['command']): string {
  const map: Partial<Record<HostCommand['command'], ClassKey>> = {
    start: 'cmd.start',
    pause: 'cmd.pause',
    resume: 'cmd.resume',
    extendTimer: 'cmd.extend',
    resolveNow: 'cmd.resolveNow',
    next: 'cmd.next',
    injectEvent: 'cmd.inject',
    end: 'cmd.end',
    kick: 'group.kick',
    seatToBot: 'group.toBot',
    allowReclaim: 'group.allowBack',
    answerSeatRequest: 'requests.command',
    renameSeat: 'rename.command',
  };
  const key = map[command];
  return key ? tc(key).replace(/…$/, '') : command;
}

/** m:ss (or "5 min" when `round`). */
export function timeLeft(ms: number, round = false): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (round) return s === 0 ? tc('setup.noTimer') : s < 120 ? tc('time.seconds', { n: s }) : tc('time.minutes', { n: Math.round(s / 60) });
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** "Planning Q2 2026 (2/8)", "Results of Q1 2026", "Waiting to start"… */
export function phaseLine(g: ClassGroupView, v: Pick<ClassView, 'quarters'>): string {
  const s = g.summary;
  if (s) setCalendarStart(s.startYear, s.startQuarter);
  const total = s?.quartersTotal ?? v.quarters;
  switch (g.phase) {
    case 'lobby':
      return tc('phase.lobby');
    case 'planning':
      return tc('phase.planning', { quarter: quarterLabel(g.quarter), n: g.quarter + 1, total });
    case 'results':
      return tc('phase.results', { quarter: quarterLabel(Math.max(0, g.quarter - 1)) });
    case 'debrief':
      return tc('phase.debrief', { n: g.quarter });
    default:
      return tc('phase.closed');
  }
}

/** "Q3 2026" (shared/classroom's labels) in the active language. */
function localQuarter(label: string): string {
  const m = /^Q([1-4]) (\d{4})$/.exec(label);
  return m ? t('common.quarterLabel', { q: Number(m[1]), year: Number(m[2]) }) : label;
}

const MONEY_PARAMS = new Set(['price', 'list', 'paid', 'first', 'last']);
const DELTA_PARAMS = new Set(['withTsr', 'withoutTsr', 'move', 'change', 'afterUp', 'afterDown']);

/** A lesson's finding in words, with its numbers formatted for the active language. */
export function findingText(lesson: Lesson): string {
  const p = lesson.finding.params;
  const out: Params = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'number' && MONEY_PARAMS.has(k)) out[k] = money(v);
    else if (typeof v === 'number' && DELTA_PARAMS.has(k)) out[k] = pctDelta(v);
    else if ((k === 'share' || k === 'discount') && typeof v === 'number') out[k] = pct(v);
    else if ((k === 'low' || k === 'high') && typeof v === 'number') out[k] = num(v, 0);
    else if (k === 'ratio' && typeof v === 'number') out[k] = num(v, 2);
    else if (k === 'group' && typeof v === 'number') out[k] = groupName(v - 1);
    else if (k === 'role' && typeof v === 'string' && isRole(v)) out.company = roleName(v);
    else if (k === 'event' && typeof v === 'string') out[k] = eventTitle(v);
    else if (k === 'inGroup') out[k] = typeof v === 'number' && v > 0 ? ` (${groupName(v - 1)})` : '';
    else if (k === 'target') out[k] = typeof v === 'string' && isRole(v) ? ` (${roleName(v)})` : '';
    else if (k === 'injected') out[k] = v ? tc('lesson.injected') : '';
    else if ((k === 'quarter' || k === 'from' || k === 'to' || k === 'discountQuarter') && typeof v === 'string') out[k] = localQuarter(v);
    else out[k] = v;
  }
  const key = `lesson.${lesson.id}.finding.${lesson.finding.key}` as ClassKey;
  return hasKey(`class.${key}`) ? tc(key, out) : '';
}
