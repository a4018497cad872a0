// The old canvas client's `window.__cr` test hooks, as a type only: the client no longer has them
// (issue 14: no test hooks in the build). Kept so the browser tests still written against them
// compile until they are rewritten for the DOM client; delete with the last of them.

interface LegacyWidget {
  id: string;
  kind: string;
  label: string;
  enabled: boolean;
  focused: boolean;
  state?: Record<string, unknown>;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface LegacyHooks {
  scene(): string | null;
  widgets(): LegacyWidget[];
  locale(): 'en' | 'ar';
  setLocale(l: 'en' | 'ar'): void;
  viewport(): { cssW: number; cssH: number; dpr: number; scale: number; [k: string]: unknown };
  match(): { code: string | null; role: string | null; isHost: boolean; phase: string | null; quarter: number | null; finished: boolean; connection: string; reports: number; submitted: string[] };
  fps(): number;
  frames(ms: number): Promise<{ work: number[]; interval: number[] }>;
}

declare global {
  interface Window {
    __cr?: LegacyHooks;
  }
}

export {};
