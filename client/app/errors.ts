import type { ErrorPayload } from '../../shared/protocol';
import { getLocale, hasKey, t, type MessageKey } from '../i18n';
import { translateOrderError } from '../i18n/orderErrors';

/** A thrown error as one line for the player (the SDK prefixes codes like "SEAT_TAKEN: "). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.replace(/^[A-Z_]+: /, '');
  return String(err);
}

/** A server refusal in the active language: the field errors if any, else the error code's text. */
export function describeServerError(e: ErrorPayload): string {
  if (e.fields && e.fields.length > 0 && e.fields.some((f) => f.key)) {
    return e.fields.map((f) => translateOrderError(f)).join(' · ');
  }
  const key = `error.${e.code}`;
  if (getLocale() === 'en') return e.message || (hasKey(key) ? t(key as MessageKey) : e.code);
  return hasKey(key) ? t(key as MessageKey) : t('error.generic');
}
