import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Room } from '@colyseus/sdk';
import { expect } from 'vitest';
import { findMatchRoom } from '../../../server';
import { defaultOrders } from '../../../shared/engine';
import { validateOrders } from '../../../shared/orders';
import type { Orders } from '../../../shared/orders/types';
import { C2S } from '../../../shared/protocol';
import type { Role } from '../../../shared/roles';
import { botOrders } from '../../../server/room/autopilot';
import { ARTIFACTS } from '../../browser/support/browser';
import { checkAxe, type OpenApp } from '../../browser/support/app';

// Shared steps of the classroom browser tests: screenshots into test/artifacts/class/, axe on a
// screen, the console's group cards as data, SDK students submitting bot-style orders.

export const CLASS_ARTIFACTS = path.join(ARTIFACTS, 'class');

/** Full-page screenshot into test/artifacts/class/<name>-<lang>-<size>.png. */
export async function shootClass(app: OpenApp, name: string): Promise<string> {
  mkdirSync(CLASS_ARTIFACTS, { recursive: true });
  const file = path.join(CLASS_ARTIFACTS, `${name}-${app.lang}-${app.size}.png`);
  await app.page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe on the screen as it is: no serious or critical violation. */
export async function expectAxeClean(app: OpenApp, what: string): Promise<void> {
  const v = await checkAxe(app.page);
  expect(v, `${what} (${app.lang}, ${app.size})`).toEqual([]);
}

export interface CardState {
  group: number;
  phase: string;
  quarter: number;
  code: string;
}

/** The console's group cards (phase and quarter as the console shows them). */
export function cards(page: Page): Promise<CardState[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.group-card')).map((el) => ({
      group: Number(el.dataset.group),
      phase: el.dataset.phase ?? '',
      quarter: Number(el.dataset.quarter),
      code: el.querySelector('.group-code')?.textContent?.trim() ?? '',
    })),
  );
}

export async function waitCards(page: Page, test: (c: CardState[]) => boolean, what: string, timeout = 20_000): Promise<CardState[]> {
  const end = Date.now() + timeout;
  let last: CardState[] = [];
  while (Date.now() < end) {
    last = await cards(page);
    if (last.length && test(last)) return last;
    await page.waitForTimeout(120);
  }
  throw new Error(`console never showed: ${what}; last ${JSON.stringify(last)}`);
}

export interface Student {
  room: Room;
  code: string;
  role: Role;
}

export function studentOrders(code: string, role: Role): Orders {
  const m = findMatchRoom(code)!.match;
  const orders = botOrders(m.state, m.reports, role, 'balanced');
  const check = validateOrders(orders, { state: m.state, role });
  return check.ok ? check.orders : structuredClone(defaultOrders(m.state, role));
}

export async function submit(list: readonly Student[]): Promise<void> {
  for (const s of list) {
    const r = (await s.room.request(C2S.submitOrders as never, { orders: studentOrders(s.code, s.role) } as never, { timeout: 10_000 })) as { ok: boolean; error?: { message: string } };
    expect(r.ok, r.error?.message).toBe(true);
  }
}

export async function expectSoon(test: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Watches every group's match on the server while a test runs: no group ever plans a quarter
 * beyond the class's pace, and groups that plan at the same moment plan the same quarter.
 */
export function watchPace(codes: readonly string[]): { stop: () => string[] } {
  const problems: string[] = [];
  const timer = setInterval(() => {
    const ms = codes.map((c) => findMatchRoom(c)?.match).filter((m): m is NonNullable<typeof m> => !!m);
    const planning = ms.filter((m) => m.phase === 'planning');
    const quarters = new Set(planning.map((m) => m.state.quarter));
    if (quarters.size > 1) problems.push(`groups plan different quarters at once: ${[...quarters].join(', ')}`);
    for (const m of ms) {
      if (m.classPace !== null && m.phase === 'planning' && m.state.quarter > m.classPace) problems.push(`a group plans quarter ${m.state.quarter + 1} ahead of the class (${m.classPace + 1})`);
    }
  }, 25);
  return {
    stop: () => {
      clearInterval(timer);
      return [...new Set(problems)];
    },
  };
}
