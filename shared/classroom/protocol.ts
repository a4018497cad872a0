import { z } from 'zod';
import { hostCommandSchema, settingsInputSchema, type ErrorPayload, type HostCommand } from '../protocol';
import { ROLES } from '../roles';

// The `class` room: one teacher's class session. It opens 1–12 match rooms (one per group) on one
// seed with the same settings, and fans the teacher's host commands out to all of them or to one.
// The console joins it with the session's host secret, a projector with its view key; students
// never join it (they join their group's match room by its code). docs/CLASSROOM.md.

export const CLASS_ROOM_NAME = 'class';
export const MIN_GROUPS = 1;
export const MAX_GROUPS = 12;
export const CLASS_TITLE_MAX_LENGTH = 60;
/** Seat requests waiting for the teacher across a class's groups (each group also caps its own). */
export const MAX_SEAT_REQUESTS_PER_CLASS = 24;

/** One of a teacher's classes as GET /api/teacher/classes lists it (newest first). */
export interface ArchivedClass {
  id: string;
  title: string;
  seed: string;
  scenarioId: string;
  quarters: number;
  groups: number;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}

/** Header carrying the host secret on the class HTTP endpoints (never in a URL). */
export const CLASS_SECRET_HEADER = 'x-class-secret';

export const classTitleSchema = z
  .string()
  .max(CLASS_TITLE_MAX_LENGTH, `title: at most ${CLASS_TITLE_MAX_LENGTH} characters`)
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/u, 'title: must not contain control characters');

/** Events a class may have scheduled at once. */
export const MAX_SCHEDULED_EVENTS = 20;

/** An event the teacher schedules for a quarter: it is injected into every group when the class opens that quarter. */
export const scheduledEventSchema = z.strictObject({
  /** 0-based quarter index (quarter 1 is 0). */
  quarter: z.number().int().min(0).max(39),
  eventId: z.string().min(1).max(64),
  target: z.enum(ROLES).optional(),
});
export type ScheduledEventInput = z.infer<typeof scheduledEventSchema>;

/**
 * The teacher key is a class's host secret. Brought to the next class's create (`teacherKey`), it
 * becomes that class's host secret too: one key opens all of a teacher's classes and lists them
 * in the server's archive (GET /api/teacher/classes).
 */
export const TEACHER_KEY_HEADER = 'x-teacher-key';
export const teacherKeySchema = z.string().regex(/^[A-Za-z0-9_-]{22,128}$/, 'teacherKey: 22–128 characters of A–Z, a–z, 0–9, _ and -');

/** What the host console sends to create a class session. */
export const classCreateSchema = z.strictObject({
  title: classTitleSchema.optional(),
  groups: z.number().int().min(MIN_GROUPS).max(MAX_GROUPS),
  /** The settings of every group's match; a seed left out is drawn once and shared by all groups. */
  settings: settingsInputSchema.optional(),
  /** Students are shown and stored as "Group 2 · Seat 3" instead of the name they type. */
  anonymousNames: z.boolean().optional(),
  /** Events injected into every group when the class opens their quarter. */
  schedule: z.array(scheduledEventSchema).max(MAX_SCHEDULED_EVENTS).optional(),
  /** The host secret of the teacher's earlier class: the new class gets the same one and joins that teacher's archive. Left out: a new key is drawn. */
  teacherKey: teacherKeySchema.optional(),
});
export type ClassCreateOptions = z.infer<typeof classCreateSchema>;

/** Joining an existing class session: the host (full control) or a projector (view only). */
export const classJoinSchema = z.union([
  z.strictObject({ hostSecret: z.string().min(1).max(128) }),
  z.strictObject({ viewKey: z.string().min(1).max(128) }),
]);
export type ClassJoinOptions = z.infer<typeof classJoinSchema>;

/** Client → class room messages (host only). */
export const CLASS_C2S = {
  /** A match host command for every group (`group` left out) or for one group (0-based index). */
  command: 'classCommand',
  /** What the projector shows: every group side by side, or one group live. */
  projector: 'projector',
  /** Schedule an event for a quarter, or take a scheduled one back. */
  schedule: 'classSchedule',
} as const;

/** Server → class room client messages. */
export const CLASS_S2C = {
  /** On join: who this client is; the host also gets the secret and the projector key. */
  session: 'classSession',
} as const;

export const classCommandSchema = z.strictObject({
  group: z.number().int().min(0).max(MAX_GROUPS - 1).optional(),
  command: hostCommandSchema,
});
export type ClassCommandPayload = { group?: number; command: HostCommand };

export const PROJECTOR_MODES = ['all', 'group'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];
export const projectorSchema = z.strictObject({
  mode: z.enum(PROJECTOR_MODES),
  group: z.number().int().min(0).max(MAX_GROUPS - 1).optional(),
});
export type ProjectorPayload = z.infer<typeof projectorSchema>;

export const classScheduleSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('add'), quarter: scheduledEventSchema.shape.quarter, eventId: scheduledEventSchema.shape.eventId, target: scheduledEventSchema.shape.target }),
  z.strictObject({ action: z.literal('remove'), id: z.string().min(1).max(16) }),
]);
export type ClassSchedulePayload = z.infer<typeof classScheduleSchema>;

/** Reply to classSchedule: the new entry's id on add. */
export type ClassScheduleResult = { ok: true; id?: string } | { ok: false; error: ErrorPayload };

export interface ClassSessionPayload {
  classId: string;
  title: string;
  isHost: boolean;
  /** Host only: rejoin with it after a reload (kept in sessionStorage by the console). */
  hostSecret?: string;
  /** Host only: what a projector joins with (view only). */
  viewKey?: string;
}

/** How one group answered a class command. */
export type GroupOutcome = { group: number; code: string; ok: true } | { group: number; code: string; ok: false; error: ErrorPayload };

/** Reply to a class command: ok when at least one group accepted it; every group's answer. */
export type ClassCommandResult = { ok: true; results: GroupOutcome[] } | { ok: false; error: ErrorPayload; results: GroupOutcome[] };
