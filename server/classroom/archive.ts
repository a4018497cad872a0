import type { IncomingMessage, ServerResponse } from 'node:http';
import { classComparison } from '../../shared/classroom/compare';
import { TEACHER_KEY_HEADER, teacherKeySchema } from '../../shared/classroom/protocol';
import { normalizeJoinCode } from '../../shared/protocol';
import { sendJson as json } from '../http/json';
import { readOnlyPath } from '../http/readOnlyRoute';
import { secretHash } from '../security/secrets';
import { findClass, headerSecret, type ClassHttpDeps } from './http';
import { liveClasses } from './registry';
import { MAX_ARCHIVE_LISTING, type ArchivedClass } from './store';

// A teacher's archive on the server: every class created with one teacher key, from any browser
// (the key travels in the x-teacher-key header, never in a URL; only its SHA-256 hash is stored),
// and two of them side by side:
//   GET /api/teacher/classes                 { classes: ArchivedClass[] } newest first, at most 100
//   GET /api/teacher/compare?a=ID&b=ID       { classes: [ClassComparison, ClassComparison] }

const PREFIX = '/api/teacher';

function listing(deps: ClassHttpDeps, keyHash: string, key: string): ArchivedClass[] {
  const stored = deps.store?.listByTeacher(keyHash, MAX_ARCHIVE_LISTING) ?? [];
  const known = new Set(stored.map((c) => c.id));
  // Live classes not stored (a server without storage) are listed too.
  const live: ArchivedClass[] = liveClasses()
    .filter((s) => !known.has(s.id) && s.isTeacherKey(key))
    .map((s) => ({ id: s.id, title: s.title, seed: s.settings.seed, scenarioId: s.settings.scenario, quarters: s.settings.quarters, groups: s.groups.length, createdAt: s.createdAt, updatedAt: s.createdAt }));
  return [...live, ...stored].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id)).slice(0, MAX_ARCHIVE_LISTING);
}

export function archiveRoutes(deps: ClassHttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => Promise.resolve(serve(req, res));

  function serve(req: IncomingMessage, res: ServerResponse): boolean {
    const { path: p, handled } = readOnlyPath(req, res, PREFIX);
    if (p === null) return handled;
    const url = new URL(req.url ?? '/', 'http://x');
    if (p !== `${PREFIX}/classes` && p !== `${PREFIX}/compare`) {
      json(res, 404, { error: `no endpoint ${p} (use ${PREFIX}/classes or ${PREFIX}/compare?a=…&b=…)` });
      return true;
    }
    const key = headerSecret(req, TEACHER_KEY_HEADER);
    if (!key || !teacherKeySchema.safeParse(key).success) {
      json(res, 401, { error: `send your teacher key (a class's host secret) in the ${TEACHER_KEY_HEADER} header` });
      return true;
    }
    if (p === `${PREFIX}/classes`) {
      json(res, 200, { classes: listing(deps, secretHash(key), key) });
      return true;
    }
    const ids = ['a', 'b'].map((k) => normalizeJoinCode(url.searchParams.get(k) ?? ''));
    if (ids.some((id) => id === null)) {
      json(res, 400, { error: 'compare needs two class ids: ?a=<class id>&b=<class id>' });
      return true;
    }
    const found = ids.map((id) => findClass(deps, id!));
    const missing = ids.filter((_, i) => !found[i] || !found[i].opens(null, key));
    // Same answer for an unknown class and another teacher's: ids cannot be probed.
    if (missing.length) {
      json(res, 403, { error: `no class ${missing.join(', ')} under this teacher key` });
      return true;
    }
    try {
      json(res, 200, { classes: found.map((f) => classComparison(f!.data())) });
    } catch (err) {
      json(res, 500, { error: `the classes' records could not be read: ${(err as Error).message}` });
    }
    return true;
  }
}
