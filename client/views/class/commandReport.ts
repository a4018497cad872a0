import type { ClassCommandResult, GroupOutcome } from '../../../shared/classroom/protocol';
import type { ErrorPayload, HostCommand } from '../../../shared/protocol';
import type { ClassGroupView } from '../../classroom/connection';
import { commandName, groupName, tc } from '../../classroom/i18n';

// What the console says after a command for the class: how many groups took it, where the others
// were (already resolved, still planning, not started, ended) and real refusals as errors.

export interface Report {
  text: string;
  isError: boolean;
}

function describe(e: ErrorPayload): string {
  return e.message.replace(/^[A-Z_]+: /, '');
}

/** Why a group was left out of a class-wide command, in the teacher's words; null for a real refusal. */
export function skipReason(cmd: HostCommand['command'], code: string, g: ClassGroupView | undefined): string | null {
  if (code === 'MATCH_OVER') return tc('skip.ended');
  if (code === 'NO_EFFECT') {
    if (cmd === 'pause') return tc('skip.paused');
    if (cmd === 'resume') return tc('skip.notPaused');
    if (cmd === 'extendTimer') return tc('skip.noTimer');
    return null;
  }
  if (code !== 'WRONG_PHASE' || !g) return null;
  if (g.phase === 'lobby') return tc('skip.lobby');
  if (g.phase === 'planning') return tc('skip.planning');
  if (g.phase === 'results') return tc('skip.results');
  return tc('skip.ended');
}

export function groupList(groups: number[]): string {
  if (groups.length === 1) return groupName(groups[0]!);
  return tc('group.list', { list: groups.map((g) => g + 1).join(', ') });
}

export function commandReport(cmd: HostCommand['command'], res: ClassCommandResult, groups: readonly ClassGroupView[]): Report {
  const total = res.results.length;
  const ok = res.results.filter((r) => r.ok).length;
  const name = commandName(cmd);
  if (!res.ok) return { text: tc('cmd.failed', { command: name, reason: describe(res.error) }), isError: true };
  if (ok === total) return { text: tc('cmd.ok', { command: name, n: ok, total }), isError: false };
  const failed = res.results.filter((r): r is Extract<GroupOutcome, { ok: false }> => !r.ok);
  const skipped = new Map<string, number[]>();
  const problems: string[] = [];
  for (const r of failed) {
    const state = skipReason(cmd, r.error.code, groups.find((g) => g.index === r.group));
    if (state) skipped.set(state, [...(skipped.get(state) ?? []), r.group]);
    else problems.push(`${groupName(r.group)}: ${describe(r.error)}`);
  }
  const parts = [tc('cmd.ok', { command: name, n: ok, total })];
  for (const [state, gs] of skipped) parts.push(`${groupList(gs)}: ${state}`);
  return { text: [...parts, ...problems].join(' · '), isError: problems.length > 0 };
}
