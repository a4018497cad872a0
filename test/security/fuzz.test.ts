import { describe, expect, it } from 'vitest';
import { formatReport, runFuzz } from '../../cli/lib/fuzz';

// `npm run fuzz` at a small size inside `npm test`: the message fuzz, HTTP abuse, floods and a
// kill -9 restart, each against fresh server processes. Everything must be contained.

describe('npm run fuzz (small)', () => {
  it('finds no crash, no 5xx, no stack trace, and honest play goes on', async () => {
    const report = await runFuzz({ port: 2810, seed: 'ci', messages: 600, hostiles: 4, quarters: 4, httpRequests: 200, creates: 200, sockets: 240, idleRooms: 30, crashes: 1, maxSeconds: 60 });
    console.log(formatReport(report).join('\n'));
    expect(report.problems).toEqual([]);
    expect(report.messages).toMatchObject({ serverAlive: true, hashesAgree: true, quarters: 4 });
    expect(report.http).toMatchObject({ serverErrors: 0, stackTraces: 0, serverAlive: true });
    expect(report.floods.refusedCreates).toBeGreaterThan(0);
    expect(report.floods.refusedSockets).toBeGreaterThan(0);
    expect(report.floods).toMatchObject({ flooderClosed: true, flooderCooledDown: true });
    expect(report.floods.rssAfterMb).toBeLessThan(1024);
    expect(report.crash).toMatchObject({ restored: 1, lostQuarters: 0, hashesAgree: true });
  }, 240_000);
});
