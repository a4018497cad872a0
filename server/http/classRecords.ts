import type Database from 'better-sqlite3';
import { secretMatches } from '../security/secrets';

// Records of a class's groups carry the students' names: they are not listed publicly and are
// served only to the class's teacher (the host secret in the x-class-secret header).

/** SQL condition leaving out records that belong to a class group (empty without class tables). */
export function notClassRecordSql(db: Database.Database): string {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'class_groups'`).get();
  return has ? ' AND id NOT IN (SELECT record_id FROM class_groups WHERE record_id IS NOT NULL)' : '';
}

/** The secret hash of the class whose group played this record; null when it is no class's. */
export function classSecretHashOf(db: Database.Database, recordId: string): string | null {
  if (!notClassRecordSql(db)) return null;
  const row = db
    .prepare(`SELECT s.secret_hash AS hash FROM class_groups g JOIN class_sessions s ON s.id = g.class_id WHERE g.record_id = ?`)
    .get(recordId) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** True when the record is public or the request brings its class's host secret. */
export function mayReadRecord(db: Database.Database, recordId: string, secret: string | null): boolean {
  const hash = classSecretHashOf(db, recordId);
  return hash === null || (secret !== null && secretMatches(secret, hash));
}

/** Bytes of uploaded records kept (the upload quota counts these). */
export function uploadedBytes(db: Database.Database): number {
  return (db.prepare(`SELECT COALESCE(SUM(size_bytes), 0) AS n FROM records WHERE origin = 'upload'`).get() as { n: number }).n;
}
