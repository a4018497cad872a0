import { t, type Params } from '../i18n';
import type { replayEn } from '../i18n/messages/en/replay';

// Texts of the replay viewer, in English and Arabic (kept with the viewer; the shared UI words
// come from the client's catalogue through t()).

export type ReplayKey = keyof typeof replayEn;


export function rt(key: ReplayKey, params?: Params): string {
  return t(key, params);
}

