import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../support/memoryStorage';

// Sound defaults: on for a player, off in class mode (a classroom address or setClassMode), and the
// player's own choice wins over both and is remembered.

async function load(search: string, stored?: string) {
  vi.resetModules();
  const local = memoryStorage();
  if (stored) local.setItem('computeRace.sound', stored);
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', memoryStorage());
  vi.stubGlobal('location', { search });
  return { mod: await import('../../../client/app/sound'), local };
}

afterEach(() => vi.unstubAllGlobals());

describe('sound', () => {
  it('is on by default for a player and off on a classroom address', async () => {
    expect((await load('?lang=en')).mod.soundOn.value).toBe(true);
    expect((await load('?join=ABC234')).mod.soundOn.value).toBe(false);
    expect((await load('?projector=K7Q2')).mod.soundOn.value).toBe(false);
  });

  it('is off once the classroom says so, and the player choice wins and is remembered', async () => {
    const { mod, local } = await load('');
    mod.setClassMode(true);
    expect(mod.soundOn.value).toBe(false);
    mod.setSound(true);
    expect(mod.soundOn.value).toBe(true);
    expect(local.getItem('computeRace.sound')).toBe('on');
    expect(mod.toggleSound()).toBe(false);
    expect(local.getItem('computeRace.sound')).toBe('off');
    expect((await load('?join=ABC234', 'on')).mod.soundOn.value).toBe(true);
  });

  it('plays nothing when muted or where there is no Web Audio', async () => {
    const { mod } = await load('');
    expect(mod.playCue('good')).toBe(false);
    mod.setSound(false);
    expect(mod.playCue('good')).toBe(false);
  });
});
