import type { RecordError } from '../../shared/replay';
import { ApiError, fetchRecordText, uploadRecord } from './api';
import { rt, type ReplayKey } from './i18n';
import { replay } from './store';

// Opening a replay: a server record by id, or a file the person picked (uploaded first, so the
// server checks and keeps it and it can be forked), then re-run in this browser.

export type Opened = { ok: true } | { ok: false; message: string };

export function errorTitle(kind: string): string {
  const key = `rp.err.${kind}` as ReplayKey;
  return kind === 'other' ? '' : rt(key);
}

function describe(err: unknown): string {
  if (err instanceof ApiError) {
    const title = errorTitle(err.kind);
    const detail = err.details.length ? ` (${err.details[0]})` : '';
    return title ? rt('rp.upload.failed', { title, message: err.message + detail }) : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

function describeRecordError(e: RecordError): string {
  return rt('rp.upload.failed', { title: errorTitle(e.kind), message: e.message });
}

export async function openRecord(id: string): Promise<Opened> {
  try {
    const text = await fetchRecordText(id);
    const problem = replay.load(id, text);
    return problem ? { ok: false, message: describeRecordError(problem) } : { ok: true };
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
}

export async function openFile(file: File): Promise<Opened> {
  try {
    const saved = await uploadRecord(await file.arrayBuffer());
    return openRecord(saved.id);
  } catch (err) {
    return { ok: false, message: describe(err) };
  }
}

/** A hidden file picker for record files (tests set its files directly). */
export function pickFile(onPick: (file: File) => void): HTMLInputElement {
  let input = document.getElementById('replay-file') as HTMLInputElement | null;
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.id = 'replay-file';
    input.dataset.testid = 'replay.file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    document.body.appendChild(input);
  }
  input.value = '';
  input.onchange = () => {
    const f = input!.files?.[0];
    if (f) onPick(f);
  };
  return input;
}
