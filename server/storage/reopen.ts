import { randomBytes } from 'node:crypto';
import type { PersonaId, SettingsInput } from '../../shared/protocol';
import { checkRecord, replayRecord } from '../../shared/replay';
import { createMatchRoom } from '../room/create';
import type { MatchRoom } from '../room/MatchRoom';
import { logFromRecord } from './convert';
import type { MatchTracker } from './tracker';
import type { RecordStore } from './types';

// A class group whose match had already ended (finished, or ended early by the teacher) when the
// server stopped: its room is reopened in its debrief from the stored record, under its code, so
// the class comes back whole and the console shows that group's results as before.

export async function reopenEnded(store: RecordStore, tracker: MatchTracker, recordId: string, code: string, settings: SettingsInput): Promise<MatchRoom> {
  const found = store.get(recordId);
  if (!found) throw new Error(`record ${recordId} is not stored`);
  const read = checkRecord(JSON.parse(found.text));
  if (!read.ok) throw new Error(`record ${recordId} is unusable: ${read.error.message}`);
  const record = read.record;
  // 'abandoned' too: a group the teacher ended before its first quarter resolved.
  if (record.status === 'playing') throw new Error(`record ${recordId} is still being played`);
  const replay = replayRecord(record, { keepStates: false });
  if (!replay.ok) throw new Error(`record ${recordId} does not replay: ${replay.failure!.message}`);
  const room = await createMatchRoom({
    code,
    settings,
    autoDispose: false,
    init: {
      state: replay.state,
      reports: replay.reports,
      log: logFromRecord(record),
      ended: true,
      resume: {
        hostSecret: randomBytes(18).toString('base64url'),
        seats: record.seats.map((s) => ({ role: s.role, kind: s.kind, persona: s.persona as PersonaId, name: s.name, token: null })),
      },
    },
  });
  tracker.registerEnded(room.match, recordId, record);
  return room;
}
