import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClassData, GroupData } from '../../shared/classroom/data';
import { CLASS_SECRET_HEADER, TEACHER_KEY_HEADER } from '../../shared/classroom/protocol';
import { normalizeJoinCode } from '../../shared/protocol';
import { checkRecord, type MatchRecord } from '../../shared/replay';
import { groupDataFromRecord, liveGroupRecord, type RecordSource } from './records';
import { liveClass } from './registry';
import { secretMatches, type ClassStore, type StoredClass } from './store';
import { sendJson as json } from '../http/json';
import { readOnlyPath } from '../http/readOnlyRoute';

// A class's data over HTTP, for its debrief and exports (docs/CLASSROOM.md). The host secret
// travels in the x-class-secret header (or the teacher key in x-teacher-key), never in the URL:
//   GET /api/classes/:id           every group's debrief data (ClassData, shared/classroom/data.ts)
//   GET /api/classes/:id/records   every group's match record (JSON export)
// A live class answers from its rooms; a class whose rooms are gone, from the records database.
// The teacher's archive (server/classroom/archive.ts) reads classes through `findClass`.

export interface ClassHttpDeps {
  store: ClassStore | null;
  records: RecordSource | null;
}

const PREFIX = '/api/classes';

export function headerSecret(req: IncomingMessage, name: string = CLASS_SECRET_HEADER): string | null {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 128 ? s : null;
}

/** A class the server knows, live or stored, with what opens it. */
export interface FoundClass {
  /** Host secret or teacher key: does it open this class? */
  opens(secret: string | null, teacherKey: string | null): boolean;
  data(): ClassData;
  records(): MatchRecord[];
  title: string;
}

export function findClass(deps: ClassHttpDeps, id: string): FoundClass | null {
  const live = liveClass(id);
  if (live) {
    return {
      title: live.title,
      opens: (secret, key) => (secret !== null && live.isHostSecret(secret)) || (key !== null && live.isTeacherKey(key)),
      data: () => live.classData((m) => deps.records?.recordIdOf(m) ?? null),
      records: () => live.groups.map((g) => liveGroupRecord(live, g, deps.records)),
    };
  }
  const stored = deps.store?.get(id) ?? null;
  if (!stored) return null;
  const teacherHash = stored.options.teacherKeyHash;
  return {
    title: stored.title,
    opens: (secret, key) => (secret !== null && secretMatches(secret, stored.secretHash)) || (key !== null && teacherHash !== null && secretMatches(key, teacherHash)),
    data: () => storedClassData(deps, stored),
    records: () => stored.groups.map((g) => storedRecord(deps, g.recordId)).filter((r): r is MatchRecord => r !== null),
  };
}

/** Replaying stored records costs a little: keep the last few finished classes' data. */
const cache = new Map<string, { updatedAt: number; data: ClassData }>();
const CACHE_SIZE = 8;

function storedRecord(deps: ClassHttpDeps, id: string | null): MatchRecord | null {
  if (!id || !deps.records) return null;
  const text = deps.records.recordText(id);
  if (!text) return null;
  const read = checkRecord(JSON.parse(text));
  return read.ok ? read.record : null;
}

function storedClassData(deps: ClassHttpDeps, c: StoredClass): ClassData {
  const hit = cache.get(c.id);
  if (hit && hit.updatedAt === c.updatedAt) return hit.data;
  const groups: GroupData[] = [];
  for (const g of c.groups) {
    const record = storedRecord(deps, g.recordId);
    if (record) groups.push(groupDataFromRecord(record, { group: g.index, code: g.code, recordId: g.recordId }));
  }
  const data: ClassData = { classId: c.id, title: c.title, createdAt: new Date(c.createdAt).toISOString(), seed: c.seed, scenarioId: c.scenarioId, quarters: c.quarters, groups };
  cache.set(c.id, { updatedAt: c.updatedAt, data });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return data;
}

export function classRoutes(deps: ClassHttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => Promise.resolve(serveClasses(req, res));

  function serveClasses(req: IncomingMessage, res: ServerResponse): boolean {
    const { path: p, handled } = readOnlyPath(req, res, PREFIX);
    if (p === null) return handled;
    const rest = p.slice(PREFIX.length + 1).split('/').filter(Boolean);
    const id = rest[0] ? normalizeJoinCode(decodeURIComponent(rest[0])) : null;
    if (!id || rest.length > 2 || (rest.length === 2 && rest[1] !== 'records')) {
      json(res, 404, { error: `no endpoint ${p} (use ${PREFIX}/:classId or ${PREFIX}/:classId/records)` });
      return true;
    }
    const secret = headerSecret(req);
    const teacherKey = headerSecret(req, TEACHER_KEY_HEADER);
    if (!secret && !teacherKey) {
      json(res, 401, { error: `send the class's host secret in the ${CLASS_SECRET_HEADER} header (or the teacher key in ${TEACHER_KEY_HEADER})` });
      return true;
    }
    const found = findClass(deps, id);
    // Same answer for an unknown class and a wrong secret: ids cannot be probed.
    if (!found || !found.opens(secret, teacherKey)) {
      json(res, 403, { error: `no class ${id} with this host secret` });
      return true;
    }
    try {
      if (rest[1] === 'records') json(res, 200, { classId: id, title: found.title, records: found.records() });
      else json(res, 200, found.data());
    } catch (err) {
      json(res, 500, { error: `the class's records could not be read: ${(err as Error).message}` });
    }
    return true;
  }
}
