import type { Role } from '../../shared/roles';
import { t, type MessageKey } from '../i18n';

// Company names and texts in the active language, and where their art and colour live.

export function roleName(role: Role | 'neutral'): string {
  return role === 'neutral' ? t('common.neutral') : t(`role.${role}.name` as MessageKey);
}

export function roleText(role: Role, part: 'tagline' | 'desc' | 'rule' | 'short'): string {
  return t(`role.${role}.${part}` as MessageKey);
}

/** The company's monogram image (original art in assets/companies/). */
export function monogramSrc(role: Role | 'neutral'): string {
  return `./companies/${role}.svg`;
}

/** The CSS colour variable of a company, for `style={{ '--co': companyVar(role) }}`. */
export function companyVar(role: Role | 'neutral'): string {
  return role === 'neutral' ? 'var(--text-muted)' : `var(--co-${role})`;
}
