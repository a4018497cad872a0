import type { RecordError } from '../../shared/replay';
import { t, type MessageKey } from '../i18n';
import { ApiError, fetchRecordText, uploadRecord } from './api';
import { loadRecord } from './store';

// Opening a replay: a server record by id, or a file the person picked (uploaded first, so the
// server checks and keeps it and it can be forked), then re-run in this browser. Failures come
// back as one sentence that names the problem ("Truncated file: …").

export type Opened = { ok: true; id: string } | { ok: false; message: string };

const KINDS = ['tooLarge', 'truncated', 'corrupt', 'foreign', 'formatVersion', 'tampered', 'engineVersion', 'network'];

export function errorTitle(kind: string): string {
  return KINDS.includes(kind) ? t(`rp.err.${kind}` as MessageKey) : '';
}

function describe(err: unknown): string {
  if (err instanceof ApiError) {
    const title = errorTitle(err.kind);
    const detail = err.details.length ? ` (${err.details[0]})` : '';
    return title ? t('rp.upload.failed', { title, message: err.message + detail }) : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

function describeRecordError(e: RecordError): string {
  return t('rp.upload.failed', { title: errorTitle(e.kind), message: e.message });
}

export async function openRecord(id: string): Promise<Opened> {
  try {
    const text = await fetchRecordText(id);
    const problem = loadRecord(id, text);
    return problem ? { ok: false, message: describeRecordError(problem) } : { ok: true, id };
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
}

export async function openFile(file: File): Promise<Opened> {
  try {
    const saved = await uploadRecord(await file.arrayBuffer());
    return await openRecord(saved.id);
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
}
