import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../support/memoryStorage';

// The tab's count of reports shown: once per report for the cue and transition, kept across a
// reload (sessionStorage), and started again for another match.

async function load(storage: Storage) {
  vi.resetModules();
  vi.stubGlobal('sessionStorage', storage);
  return import('../../../client/views/results/resultsSeen');
}

afterEach(() => vi.unstubAllGlobals());

describe('resultsSeen', () => {
  it('cues each report once, also after a reload, and counts again for a new match', async () => {
    const storage = memoryStorage();
    let m = await load(storage);
    expect(m.firstCueFor('ABC', 1)).toBe(true);
    expect(m.firstCueFor('ABC', 1)).toBe(false);
    m.markResultsSeen('ABC', 1);
    m = await load(storage); // a reload
    expect(m.firstCueFor('ABC', 1)).toBe(false);
    expect(m.resultsSeen('ABC')).toBe(1);
    expect(m.firstCueFor('ABC', 2)).toBe(true);
    expect(m.resultsSeen('XYZ')).toBe(0);
    expect(m.firstCueFor('XYZ', 1)).toBe(true);
  });

  it('still counts in the page when storage refuses', async () => {
    const broken = { ...memoryStorage(), getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as Storage;
    const m = await load(broken);
    expect(m.firstCueFor('ABC', 1)).toBe(true);
    expect(m.firstCueFor('ABC', 1)).toBe(false);
  });
});
