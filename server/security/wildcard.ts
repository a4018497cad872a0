// Colyseus calls a room's '*' handler two ways: as the fallback for an unregistered type
// (client, type, payload), and directly when a client sends the type '*' itself
// (client, payload, context). The second must not read the payload as the type.

/** The message type a '*' handler was called for; '*' when the client sent that type itself. */
export function wildcardType(args: unknown[]): string {
  const [first, second] = args;
  const direct = second !== null && typeof second === 'object' && typeof (second as { resolve?: unknown }).resolve === 'function';
  if (direct) return '*';
  if (typeof first === 'string' || typeof first === 'number') return String(first);
  return '*';
}
