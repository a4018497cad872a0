import { describe, expect, it } from 'vitest';
import { PhaseTimer } from '../../server/room/timer';
import { RateLimiter } from '../../server/room/rateLimit';
import { allocateJoinCode, isLiveJoinCode, releaseJoinCode } from '../../server/room/joinCodes';
import { JOIN_CODE_ALPHABET, checkDisplayName, normalizeJoinCode } from '../../shared/protocol';

// A scheduler driven by hand, so the timer logic is tested without waiting.
function fakeClock() {
  let now = 1_000_000;
  const tasks: Array<{ at: number; fn: () => void; live: boolean }> = [];
  return {
    now: () => now,
    scheduler: {
      setTimeout(fn: () => void, ms: number) {
        const task = { at: now + ms, fn, live: true };
        tasks.push(task);
        return { clear: () => void (task.live = false) };
      },
    },
    advance(ms: number) {
      now += ms;
      for (const t of tasks) if (t.live && t.at <= now) {
        t.live = false;
        t.fn();
      }
    },
  };
}

describe('PhaseTimer', () => {
  it('expires once at the deadline', () => {
    const c = fakeClock();
    const timer = new PhaseTimer(c.scheduler, c.now);
    let fired = 0;
    timer.start(5000, () => fired++);
    expect(timer.snapshot().deadline).toBe(c.now() + 5000);
    c.advance(4999);
    expect(fired).toBe(0);
    c.advance(1);
    c.advance(10_000);
    expect(fired).toBe(1);
    expect(timer.active).toBe(false);
    expect(timer.snapshot().deadline).toBe(0);
  });

  it('pauses, keeps the remaining time, resumes and extends', () => {
    const c = fakeClock();
    const timer = new PhaseTimer(c.scheduler, c.now);
    let fired = 0;
    timer.start(10_000, () => fired++);
    c.advance(4000);
    expect(timer.pause()).toBe(true);
    expect(timer.pause()).toBe(false);
    expect(timer.snapshot()).toEqual({ deadline: 0, paused: true, remainingMs: 6000 });
    c.advance(60_000);
    expect(fired).toBe(0);
    expect(timer.extend(2000)).toBe(true);
    expect(timer.snapshot().remainingMs).toBe(8000);
    expect(timer.resume()).toBe(true);
    expect(timer.snapshot().deadline).toBe(c.now() + 8000);
    timer.extend(1000);
    c.advance(8999);
    expect(fired).toBe(0);
    c.advance(1);
    expect(fired).toBe(1);
  });

  it('stop and restart cancel the old countdown', () => {
    const c = fakeClock();
    const timer = new PhaseTimer(c.scheduler, c.now);
    const fired: string[] = [];
    timer.start(1000, () => fired.push('a'));
    timer.start(3000, () => fired.push('b'));
    c.advance(1000);
    expect(fired).toEqual([]);
    timer.stop();
    c.advance(5000);
    expect(fired).toEqual([]);
    expect(timer.extend(1000)).toBe(false);
    expect(timer.resume()).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('lets `limit` messages through per one-second window', () => {
    let now = 0;
    const limiter = new RateLimiter(20, () => now);
    const results = Array.from({ length: 25 }, () => limiter.allow('a'));
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(limiter.allow('b')).toBe(true);
    now += 1000;
    expect(limiter.allow('a')).toBe(true);
  });
});

describe('join codes', () => {
  it('are 6 unambiguous characters, unique among live codes', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const code = allocateJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
      expect(code).not.toMatch(/[01OIL]/);
      codes.add(code);
    }
    expect(codes.size).toBe(300);
    for (const code of codes) {
      expect(isLiveJoinCode(code)).toBe(true);
      releaseJoinCode(code);
      expect(isLiveJoinCode(code)).toBe(false);
    }
  });

  it('skips codes the caller reports as taken', () => {
    let calls = 0;
    const code = allocateJoinCode(() => ++calls < 5);
    expect(calls).toBe(5);
    releaseJoinCode(code);
  });

  it('normalizes what people type', () => {
    expect(normalizeJoinCode(' abc-d2e ')).toBe('ABCD2E');
    expect(normalizeJoinCode('ABCDE')).toBeNull();
    expect(normalizeJoinCode('ABCDE0')).toBeNull();
  });
});

describe('display names', () => {
  it('trims and accepts ordinary names, including non-Latin scripts', () => {
    expect(checkDisplayName('  Ada  ')).toEqual({ ok: true, name: 'Ada' });
    expect(checkDisplayName('سارة')).toEqual({ ok: true, name: 'سارة' });
  });
  it('refuses empty, too long, control characters and non-strings', () => {
    expect(checkDisplayName('   ').ok).toBe(false);
    expect(checkDisplayName('x'.repeat(25)).ok).toBe(false);
    expect(checkDisplayName('a\u0007b').ok).toBe(false);
    expect(checkDisplayName('a\u202eb').ok).toBe(false);
    expect(checkDisplayName(42).ok).toBe(false);
  });
});
