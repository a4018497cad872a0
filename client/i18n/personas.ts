import { PERSONA_BY_ID, type PersonaInfo } from '../../shared/bots/personas';
import { getLocale } from './locale';

// Bot persona texts in the reader's language, from shared/bots PERSONAS (which carry English and
// Arabic); an unknown id is shown as it is.

function info(id: string): PersonaInfo | undefined {
  return (PERSONA_BY_ID as Readonly<Record<string, PersonaInfo | undefined>>)[id];
}

export function personaName(id: string): string {
  return info(id)?.name[getLocale()] ?? id;
}

/** The persona's name for a row of compact buttons. */
export function personaShortName(id: string): string {
  return info(id)?.short[getLocale()] ?? id;
}

export function personaDescription(id: string): string {
  return info(id)?.description[getLocale()] ?? '';
}
