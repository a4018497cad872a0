import type { Role } from '../../roles';
import { at } from '../../lists';
import { stream } from '../../math/rng';
import { clamp } from '../../math/index';
import type { ActiveEvent, HostEvent, MatchState } from '../types';
import type { EventDef, Scenario } from '../scenario-types';
import type { OrderError } from '../../orders/types';
import { eventDef, eventRemaining } from '../effects';
import { makeError } from '../errors';
import { addSentiment, news, type Ctx } from '../context';

// Step 1 (GAME.md 5.1): age active events, roll new ones from the `events` stream (two draws per
// catalogue entry, always, so one outcome never shifts another), then apply host-injected events.

/** How many times as often events roll in a match of this length (engine 2.6: short matches roll more). */
export function eventPace(sc: Scenario, quarters: number): number {
  const ref = sc.eventPace?.referenceQuarters;
  return ref !== undefined && quarters < ref ? ref / quarters : 1;
}

/** Roles an event of this kind may target right now. */
export function eligibleTargets(state: MatchState, def: EventDef): Role[] {
  const live = state.settings.activeSeats.filter((r) => !state.companies[r].bankrupt);
  if (def.target === 'company') return live;
  if (def.target === 'cloud') return live.filter((r) => state.companies[r].cloud.status === 'live');
  return [];
}

/** Host events are checked before anything changes: unknown id, missing or bad target. */
export function validateHostEvents(state: MatchState, events: unknown): OrderError[] {
  if (!Array.isArray(events)) return [makeError('hostEvents', 'field.type', { expected: 'a list' })];
  const errors: OrderError[] = [];
  events.forEach((raw, i) => {
    const path = `hostEvents.${i}`;
    if (raw === null || typeof raw !== 'object') {
      errors.push(makeError(path, 'field.type', { expected: 'an object' }));
      return;
    }
    const e = raw as HostEvent;
    const def = typeof e.id === 'string' ? eventDef(state.scenario, e.id) : undefined;
    if (!def) {
      errors.push(makeError(`${path}.id`, 'hostEvent.unknown', { got: String(e.id) }));
      return;
    }
    if (def.target === 'global') {
      if (e.target !== undefined) errors.push(makeError(`${path}.target`, 'hostEvent.noTarget', { id: def.id, got: String(e.target) }));
      return;
    }
    if (e.target === undefined) {
      errors.push(makeError(`${path}.target`, 'hostEvent.targetRequired', { id: def.id, kind: def.target === 'cloud' ? 'a company with a live cloud' : 'a company' }));
      return;
    }
    if (!eligibleTargets(state, def).includes(e.target as Role)) {
      const reason = def.target === 'cloud' ? 'needs an active company with a live cloud' : 'needs an active, solvent company';
      errors.push(makeError(`${path}.target`, 'hostEvent.badTarget', { id: def.id, got: String(e.target), reason }));
    }
  });
  return errors;
}

function startEvent(ctx: Ctx, def: EventDef, target: Role | undefined, injected: boolean): void {
  const { s, t } = ctx;
  const existing = s.events.find((e) => e.id === def.id && e.target === target);
  if (existing) {
    existing.startedQ = t;
    existing.remaining = def.duration;
    existing.injected = existing.injected || injected;
  } else {
    const ev: ActiveEvent = { id: def.id, startedQ: t, remaining: def.duration, injected };
    if (target) ev.target = target;
    s.events.push(ev);
  }
  const active = existing ?? at(s.events, s.events.length - 1, 'the event just started');
  for (const f of def.effects) {
    if (f.type === 'shock') {
      if (f.param === 'mood') ctx.moodShocks.push({ key: 'events', amount: f.amount });
      else if (f.param === 'baseRate') s.global.baseRate = Math.max(0, s.global.baseRate + f.amount);
      else if (f.param === 'attention') s.global.circularAttention = clamp(s.global.circularAttention + f.amount, 0, 1);
      else if (f.param === 'sentiment' && target) addSentiment(ctx, target, `event.${def.id}`, f.amount);
      else if (f.param === 'reputation' && target) {
        const cloud = s.companies[target].cloud;
        cloud.reputation = clamp(cloud.reputation + f.amount, 0, 1);
      }
    } else if (f.type === 'scale') {
      if (f.param === 'aiProductSpend') s.global.aiProductSpend *= f.factor;
      else s.global.cloudDref *= f.factor;
    } else if (f.type === 'rumor' && target) {
      active.rumorHit = f.amount;
      addSentiment(ctx, target, `event.${def.id}`, -f.amount);
    }
  }
  ctx.eventsReport.push(target ? { id: def.id, target, injected, started: true } : { id: def.id, injected, started: true });
  const params: Record<string, string | number> = { id: def.id, title: def.title.en };
  if (target) params.target = target;
  news(ctx, 'news.event', params, 'bad', target);
}

export function runEvents(ctx: Ctx, hostEvents: readonly HostEvent[]): void {
  const { s, sc, t } = ctx;
  // Age: drop events whose window has passed; keep the rest with their remaining quarters.
  const kept: ActiveEvent[] = [];
  for (const e of s.events) {
    const def = eventDef(sc, e.id);
    if (!def) continue;
    const remaining = eventRemaining(def, e.startedQ, t);
    if (remaining <= 0) {
      const params: Record<string, string | number> = { id: e.id, title: def.title.en };
      if (e.target) params.target = e.target;
      news(ctx, 'news.event.ended', params, 'info', e.target);
      continue;
    }
    if (e.target && s.companies[e.target].bankrupt) continue;
    e.remaining = remaining;
    kept.push(e);
  }
  s.events = kept;
  // Rumors keep the target's sentiment down: re-apply what the quarter's persistence would erase.
  for (const e of s.events) {
    if (e.rumorHit && e.target && e.startedQ < t) {
      addSentiment(ctx, e.target, `event.${e.id}`, -e.rumorHit * (1 - sc.investors.sentimentPersistence));
    }
  }
  const rng = stream(s.seed, t, 'events');
  const pace = eventPace(sc, s.settings.quarters);
  for (const def of sc.events) {
    const u = rng.next();
    const v = rng.next();
    if (u >= Math.min(1, def.probability * pace)) continue;
    let target: Role | undefined;
    if (def.target !== 'global') {
      const options = eligibleTargets(s, def);
      if (options.length === 0) continue;
      target = options[Math.min(options.length - 1, Math.floor(v * options.length))];
    }
    // Already running (from an earlier quarter, or rolled just now): not started again.
    if (s.events.some((e) => e.id === def.id && e.target === target)) continue;
    startEvent(ctx, def, target, false);
  }
  for (const h of hostEvents) {
    const def = eventDef(sc, h.id) as EventDef;
    startEvent(ctx, def, h.target, true);
  }
}
