// Canvas-era test hooks: no longer installed (the DOM client is driven by role locators). The type
// stays until the last test written against it is rewritten; then this file goes.
import type Phaser from 'phaser';
import type { Locale } from './i18n';
import { session } from './net/session';
import { listWidgets } from './ui/registry';
import { viewport } from './ui/viewport';

// A read-only window into the running client for the browser tests and the client benchmark:
// which scene is up, what widgets are where (so tests click them like a person would), the
// language, and the match as this client sees it. It never changes game state except
// `simulateDrop`, which cuts the socket the way a network failure would.

export interface TestHooks {
  scene(): string | null;
  widgets(): ReturnType<typeof listWidgets>;
  locale(): Locale;
  setLocale(l: Locale): void;
  viewport(): ReturnType<typeof viewport>;
  match(): {
    code: string | null;
    role: string | null;
    isHost: boolean;
    phase: string | null;
    quarter: number | null;
    finished: boolean;
    connection: string;
    reports: number;
    submitted: string[];
  };
  simulateDrop(): void;
  fps(): number;
  /** Records, for `ms` milliseconds, each frame's work (step start → render end) and the interval between frames. */
  frames(ms: number): Promise<{ work: number[]; interval: number[] }>;
}

declare global {
  interface Window {
    __cr?: TestHooks;
  }
}

export function installTestHooks(game: Phaser.Game, i18n: { getLocale: () => Locale; setLocale: (l: Locale) => void }): void {
  window.__cr = {
    scene: () => {
      const active = game.scene.getScenes(true);
      return active.length ? active[0].scene.key : null;
    },
    widgets: listWidgets,
    locale: i18n.getLocale,
    setLocale: i18n.setLocale,
    viewport,
    match: () => {
      const s = session.snapshot;
      return {
        code: session.code,
        role: session.role,
        isHost: session.isHost,
        phase: s?.phase ?? null,
        quarter: s?.quarter ?? null,
        finished: s?.finished ?? false,
        connection: session.connection,
        reports: s?.reports.length ?? 0,
        submitted: s ? Object.values(s.seats).filter((x) => x.submitted).map((x) => x.role) : [],
      };
    },
    simulateDrop: () => session.simulateDrop(),
    fps: () => game.loop.actualFps,
    frames: (ms: number) =>
      new Promise((resolve) => {
        const work: number[] = [];
        const interval: number[] = [];
        let start = 0;
        let last = 0;
        const pre = () => {
          start = performance.now();
          if (last) interval.push(start - last);
          last = start;
        };
        const post = () => {
          if (start) work.push(performance.now() - start);
        };
        game.events.on('prestep', pre);
        game.events.on('postrender', post);
        setTimeout(() => {
          game.events.off('prestep', pre);
          game.events.off('postrender', post);
          resolve({ work, interval });
        }, ms);
      }),
  };
}
