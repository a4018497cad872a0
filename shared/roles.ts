// The five seats, in the fixed seat order every iteration, tie-break and report uses.
export const ROLES = ['openai', 'meta', 'microsoft', 'amazon', 'google'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

export function seatIndex(role: Role): number {
  return ROLES.indexOf(role);
}

/** Roles that may order custom silicon (Trainium, TPU). */
export const CUSTOM_SILICON_ROLES: readonly Role[] = ['amazon', 'google'];
