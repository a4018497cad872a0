import type { MessageKey } from '../../i18n';

// Investor mood 0–100 in five named bands (the gauge's colours and the words beside it).

export interface MoodBand {
  from: number;
  key: MessageKey;
  tone: 'bad' | 'warn' | 'plain' | 'good';
}

export const MOOD_BANDS: readonly [MoodBand, ...MoodBand[]] = [
  { from: 0, key: 'mood.band.extremeFear', tone: 'bad' },
  { from: 20, key: 'mood.band.fear', tone: 'warn' },
  { from: 40, key: 'mood.band.neutral', tone: 'plain' },
  { from: 60, key: 'mood.band.greed', tone: 'good' },
  { from: 80, key: 'mood.band.extremeGreed', tone: 'warn' },
];

export function moodBand(v: number): MoodBand {
  let out = MOOD_BANDS[0];
  for (const b of MOOD_BANDS) if (v >= b.from) out = b;
  return out;
}
