import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { readReportFrame } from '../../shared/wire/reportFrame';
import { boot, call, clientSnapshot, createMatch, joinMatch, serverForFile, serverRoom, waitForCount } from './helpers';

// The reports of a live match reach every client as `report` frames (docs/PROTOCOL.md section 3):
// each new one once, before the `resolved` that names it, and all of them to a client that joins
// later, after its state.

const PORT = 2691;
const b = serverForFile(() => boot(PORT));

describe('report delivery', () => {
  it('sends each report once as it is made, and every report to a client who joins later', async () => {
    const host = await createMatch(PORT, { name: 'Ada', role: 'openai', settings: { quarters: 6, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } } });
    const code = host.session().code;
    const indexes: number[] = [];
    host.room.onMessage(S2C.report, (frame: Uint8Array) => {
      const parts = readReportFrame(frame);
      if ('index' in parts) indexes.push(parts.index);
    });
    expect((await call(host, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    for (let q = 0; q < 3; q++) {
      await vi.waitFor(() => expect(host.room.state.phase).toBe('planning'));
      expect((await call(host, C2S.host, { command: 'resolveNow' })).ok).toBe(true);
      const [resolved] = (await waitForCount(host, S2C.resolved, q + 1)).slice(-1);
      // The report named by `resolved` is already there.
      expect(clientSnapshot(host).reports[resolved.reportIndex]?.quarter).toBe(q);
      await call(host, C2S.ready, { ready: true });
    }
    expect(indexes).toEqual([0, 1, 2]);
    const match = serverRoom(b, code).match;
    expect(clientSnapshot(host).reports).toEqual(match.reports);

    const watcher = await joinMatch(PORT, code, {});
    await vi.waitFor(() => expect(clientSnapshot(watcher).reports).toHaveLength(3));
    expect(clientSnapshot(watcher).reports).toEqual(match.reports);
    expect(clientSnapshot(watcher).news.length).toBeGreaterThan(0);
    expect(clientSnapshot(watcher).companies.openai?.history).toHaveLength(3);
    expect(clientSnapshot(watcher).wireProblem).toBe('');
    for (const p of [host, watcher]) await p.room.leave();
  });
});
