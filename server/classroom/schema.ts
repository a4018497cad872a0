import { schema, t, type SchemaType } from '@colyseus/schema';
import { seatFields } from '../schema/seat';

// State of the `class` room: the session's settings, the projector's mode and, per group, its
// phase, timer, seats and a summary for the side-by-side view. Only the host console and
// projectors join this room, so all of it is public to them (secrets travel in `classSession`).

export const ClassSeatSchema = schema(
  {
    ...seatFields(),
    bankrupt: t.boolean().default(false),
  },
  'ClassSeat',
);
export type ClassSeatSchema = SchemaType<typeof ClassSeatSchema>;

/** A student without a seat asking for one (answer with the host command answerSeatRequest). */
export const ClassSeatRequestSchema = schema(
  {
    id: t.string(),
    /** The name the student typed. */
    name: t.string(),
    /** The seat asked for; '' = any seat the teacher picks. */
    role: t.string().default(''),
    /** Epoch ms. */
    at: t.float64(),
  },
  'ClassSeatRequest',
);
export type ClassSeatRequestSchema = SchemaType<typeof ClassSeatRequestSchema>;

export const ClassGroupSchema = schema(
  {
    /** 0-based; shown to people as index + 1. */
    index: t.float64(),
    /** The group's join code (its match room id). */
    code: t.string(),
    /** lobby | planning | results | debrief | closed (room gone) */
    phase: t.string().default('lobby'),
    quarter: t.float64().default(0),
    finished: t.boolean().default(false),
    paused: t.boolean().default(false),
    /** Results: the group's results time is over; it waits for the other groups (or the teacher's Next quarter). */
    waiting: t.boolean().default(false),
    timerDeadline: t.float64().default(0),
    timerRemainingMs: t.float64().default(0),
    /** Connected clients of the group's room (students and spectators). */
    clients: t.float64().default(0),
    spectators: t.float64().default(0),
    /** Host events queued for the group's next resolution. */
    queuedEvents: t.float64().default(0),
    stateHash: t.string().default(''),
    seats: t.array(ClassSeatSchema),
    /** Seat requests waiting for the teacher, oldest first. */
    requests: t.array(ClassSeatRequestSchema),
    /** JSON of shared/classroom GroupSummary ('' before the start). */
    summary: t.string().default(''),
  },
  'ClassGroup',
);
export type ClassGroupSchema = SchemaType<typeof ClassGroupSchema>;

export const ClassLogSchema = schema(
  {
    /** Epoch ms. */
    at: t.float64(),
    /** -1 = all groups. */
    group: t.float64().default(-1),
    command: t.string(),
    /** e.g. the event id of an injection, the seconds of an extension. */
    detail: t.string().default(''),
    accepted: t.float64().default(0),
    refused: t.float64().default(0),
  },
  'ClassLog',
);
export type ClassLogSchema = SchemaType<typeof ClassLogSchema>;

/** An event the teacher scheduled for a quarter. */
export const ClassScheduledEventSchema = schema(
  {
    id: t.string(),
    /** 0-based quarter. */
    quarter: t.float64(),
    eventId: t.string(),
    /** '' = global. */
    target: t.string().default(''),
    /** Groups it was queued in (when they planned its quarter). */
    queuedGroups: t.float64().default(0),
    /** Groups that could not take it, and why ('' = none). */
    problem: t.string().default(''),
  },
  'ClassScheduledEvent',
);
export type ClassScheduledEventSchema = SchemaType<typeof ClassScheduledEventSchema>;

export const ClassStateSchema = schema(
  {
    id: t.string(),
    title: t.string().default(''),
    createdAt: t.float64(),
    scenario: t.string(),
    seed: t.string(),
    quarters: t.float64(),
    planningSeconds: t.float64(),
    resultsSeconds: t.float64(),
    autopilot: t.boolean(),
    /** Off: events happen only when the teacher injects or schedules them. */
    randomEvents: t.boolean().default(true),
    /** Students are shown and stored as "Group 2 · Seat 3", never by the name they typed. */
    anonymousNames: t.boolean().default(false),
    /** The quarter (0-based) every group plans at most: the class's quarter. */
    pace: t.float64().default(0),
    hostConnected: t.boolean().default(false),
    projectors: t.float64().default(0),
    /** all | group */
    projectorMode: t.string().default('all'),
    projectorGroup: t.float64().default(0),
    groups: t.array(ClassGroupSchema),
    /** Events scheduled for a quarter, in the order they were added. */
    schedule: t.array(ClassScheduledEventSchema),
    /** The host's class-wide and per-group commands, oldest first (last 50). */
    log: t.array(ClassLogSchema),
  },
  'ClassState',
);
export type ClassStateSchema = SchemaType<typeof ClassStateSchema>;
