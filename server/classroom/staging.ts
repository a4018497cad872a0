import { randomBytes } from 'node:crypto';
import type { ClassSession } from './session';

// Handing a restored class session to the class room the server creates for it: the session is
// staged under a one-time id passed in the create options, so it never travels as client input.

const staged = new Map<string, ClassSession>();

export function stageClass(session: ClassSession): string {
  const id = randomBytes(16).toString('hex');
  staged.set(id, session);
  return id;
}

export function takeStagedClass(options: unknown): ClassSession | null {
  const id = (options as { stagedClass?: unknown } | null)?.stagedClass;
  if (typeof id !== 'string') return null;
  const session = staged.get(id) ?? null;
  staged.delete(id);
  return session;
}

export function unstageClass(id: string): void {
  staged.delete(id);
}
