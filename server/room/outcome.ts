import type { AckPayload, ErrorCode, FieldError } from '../../shared/protocol';

// Result of every player action and host command: accepted (with what the ack carries) or refused
// (with an error naming the problem; nothing changed).

export type Outcome =
  | { ok: true; ack: Omit<AckPayload, 'type'> }
  | { ok: false; error: { code: ErrorCode; message: string; fields?: FieldError[] } };

export function accepted(ack: Omit<AckPayload, 'type'> = {}): Outcome {
  return { ok: true, ack };
}

export function refused(code: ErrorCode, message: string, fields?: FieldError[]): Outcome {
  return fields && fields.length ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}
