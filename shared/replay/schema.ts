import { z } from 'zod';
import { ROLES } from '../roles';
import { dealTermsSchema } from '../orders/schema';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION } from './types';
import { MAX_RECORD_DEAL_ACTIONS, MAX_RECORD_HOST_EVENTS } from './limits';

// Shape of a match record (docs/REPLAY.md). Orders and the scenario are only checked to be
// objects here: their exact shape belongs to the engine version that wrote them, and the engine
// itself checks them when the record is replayed.

const role = z.enum(ROLES);
const party = z.enum([...ROLES, 'neutral']);
const hash = z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex hash');
const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const object = z.record(z.string(), z.unknown());

const dealActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('proposeDeal'), seat: role, to: party, terms: dealTermsSchema }),
  z.strictObject({ type: z.literal('respondDeal'), seat: role, proposalId: z.string().min(1).max(64), accept: z.boolean() }),
]);

const hostEventSchema = z.strictObject({ id: z.string().min(1).max(64), target: role.optional() });

const checkSchema = z.strictObject({
  parts: z.record(z.string(), hash),
  values: z.record(z.string(), z.number()),
});

const quarterSchema = z.strictObject({
  quarter: z.number().int().min(0).max(1000),
  dealActions: z.array(dealActionSchema).max(MAX_RECORD_DEAL_ACTIONS),
  hostEvents: z.array(hostEventSchema).max(MAX_RECORD_HOST_EVENTS),
  orders: z.partialRecord(role, object),
  sources: z.partialRecord(role, z.enum(['submitted', 'bot', 'autopilot', 'default'])).optional(),
  decidedBy: z
    .partialRecord(role, z.strictObject({ kind: z.enum(['student', 'autopilot', 'bot', 'host', 'defaults']), name: z.string().max(200).optional() }))
    .optional(),
  trigger: z.enum(['allSubmitted', 'timer', 'host']).optional(),
  hash,
  check: checkSchema,
});

const seatSchema = z.strictObject({
  role,
  kind: z.enum(['human', 'bot', 'absent']),
  persona: z.string().max(40),
  name: z.string().max(200),
});

const standingSchema = z.strictObject({
  role,
  tsr: finite,
  bankrupt: z.boolean(),
  sharePrice: finite,
  marketCap: finite,
});

const metaSchema = z.strictObject({
  source: z.enum(['server', 'sim', 'golden', 'test']),
  matchId: z.string().max(64).optional(),
  createdAt: z.string().max(40).optional(),
  updatedAt: z.string().max(40).optional(),
  forkedFrom: z
    .strictObject({ matchId: z.string().max(64).optional(), checksum: hash.optional(), quarter: z.number().int().min(0).max(1000) })
    .optional(),
  note: z.string().max(2000).optional(),
});

export const recordSchema = z
  .strictObject({
    format: z.literal(RECORD_FORMAT),
    formatVersion: z.literal(RECORD_FORMAT_VERSION),
    engineVersion: z.string().min(1).max(40),
    scenarioId: z.string().min(1).max(64),
    scenarioHash: hash,
    scenario: object,
    settings: z.strictObject({
      quarters: z.number().int().min(1).max(1000),
      activeSeats: z.array(role).min(1).max(ROLES.length),
      startYear: z.number().int(),
      startQuarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
    seed: z.string().min(1).max(200),
    seats: z.array(seatSchema).max(ROLES.length),
    status: z.enum(['playing', 'finished', 'ended', 'abandoned']),
    startHash: hash,
    quarters: z.array(quarterSchema).max(1000),
    standings: z.array(standingSchema).max(ROLES.length),
    meta: metaSchema,
    checksum: hash,
  })
  .superRefine((r, ctx) => {
    r.quarters.forEach((q, i) => {
      if (q.quarter !== i) ctx.addIssue({ code: 'custom', path: ['quarters', i, 'quarter'], message: `expected quarter ${i} (quarters must be consecutive from 0), got ${q.quarter}` });
    });
    if (r.quarters.length > r.settings.quarters)
      ctx.addIssue({ code: 'custom', path: ['quarters'], message: `${r.quarters.length} quarters recorded but the match has only ${r.settings.quarters}` });
    if (r.status === 'finished' && r.quarters.length !== r.settings.quarters)
      ctx.addIssue({ code: 'custom', path: ['status'], message: `'finished' but only ${r.quarters.length} of ${r.settings.quarters} quarters are recorded` });
  });
