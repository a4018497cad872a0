import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { must } from '../../shared/lists';
import { boot, call, clientSnapshot, createMatch, joinMatch, ordersFor, serverForFile, serverRoom, waitForCount } from './helpers';

const PORT = 2606;
const b = serverForFile(() => boot(PORT));

/** Ada (OpenAI) hosts, Satya (Microsoft) joins, the other seats are bots; no timers. */
async function openaiAndAzure() {
  const openai = await createMatch(PORT, {
    name: 'Ada',
    role: 'openai',
    settings: { planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } },
  });
  const code = openai.session().code;
  const azure = await joinMatch(PORT, code, { name: 'Satya', role: 'microsoft' });
  return { openai, azure, code };
}

describe('deals between seats', () => {
  it('a deal proposed by one seat and accepted by the other becomes a contract next quarter', async () => {
    const { openai, azure, code } = await openaiAndAzure();
    const watcher = await joinMatch(PORT, code, {});
    await call(openai, C2S.ready, { ready: true });
    await call(azure, C2S.ready, { ready: true });
    await call(openai, C2S.host, { command: 'start' });
    await vi.waitFor(() => expect(azure.room.state.phase).toBe('planning'));

    const terms = { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.5, pricePerCU: 3.1, quarters: 6 } as const;
    const proposed = await call(openai, C2S.proposeDeal, { to: 'microsoft', terms });
    expect(proposed.ok).toBe(true);
    const proposalId: string = proposed.payload.proposalId;
    expect(proposalId).toBeTruthy();

    // both parties see it in their private part; a spectator does not
    await vi.waitFor(() => {
      const mine = openai.room.state.privates.get('openai').proposals.find((p: { id: string }) => p.id === proposalId);
      const theirs = azure.room.state.privates.get('microsoft').proposals.find((p: { id: string }) => p.id === proposalId);
      expect(mine).toMatchObject({ from: 'openai', to: 'microsoft', status: 'open', cuPerQuarter: 0.5, pricePerCU: 3.1 });
      expect(theirs).toMatchObject({ from: 'openai', to: 'microsoft', status: 'open', seller: 'microsoft', buyer: 'openai', quarters: 6 });
    });
    expect(watcher.room.state.privates?.size ?? 0).toBe(0);

    // the proposer cannot accept its own proposal
    expect((await call(openai, C2S.respondDeal, { proposalId, accept: true })).payload.code).toBe('NOT_YOUR_SEAT');
    const quarter = openai.room.state.quarter;
    const before = serverRoom(b, code).match.state.contracts.length;
    expect((await call(azure, C2S.respondDeal, { proposalId, accept: true })).ok).toBe(true);
    await vi.waitFor(() => {
      expect(azure.room.state.privates.get('microsoft').proposals.find((p: { id: string }) => p.id === proposalId).status).toBe('accepted');
    });
    expect((await call(azure, C2S.respondDeal, { proposalId, accept: true })).payload.code).toBe('INVALID_DEAL');

    // signed now, in force from the next quarter
    const contracts = serverRoom(b, code).match.state.contracts;
    expect(contracts.length).toBe(before + 1);
    const contract = contracts.find((c) => c.proposalId === proposalId)!;
    expect(contract).toMatchObject({ seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.5, pricePerCU: 3.1, startQ: quarter + 1 });
    expect(contract.endQ - contract.startQ + 1).toBe(6);
    await vi.waitFor(() => {
      expect(watcher.room.state.contracts.find((c: { proposalId: string }) => c.proposalId === proposalId)).toMatchObject({ startQ: quarter + 1, pricePerCU: 3.1 });
    });

    await call(openai, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') });
    await call(azure, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') });
    await waitForCount(openai, S2C.resolved, 1);
    expect(openai.room.state.quarter).toBe(contract.startQ);
    // the next quarter's report shows Microsoft delivering it to OpenAI
    await call(openai, C2S.ready, { ready: true });
    await call(azure, C2S.ready, { ready: true });
    await vi.waitFor(() => expect(openai.room.state.phase).toBe('planning'));
    await call(openai, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') });
    await call(azure, C2S.submitOrders, { orders: ordersFor(b, code, 'microsoft') });
    await waitForCount(openai, S2C.resolved, 2);
    const report = must(clientSnapshot(openai).reports[1], 'report 2');
    const azureCap = must(report.companies.find((c) => c.role === 'microsoft'), 'Azure in the report').capacity;
    const openaiCap = must(report.companies.find((c) => c.role === 'openai'), 'OpenAI in the report').capacity;
    expect(azureCap.contractOutCU).toBeGreaterThan(0);
    expect(openaiCap.contractInCU).toBeGreaterThan(0);
    const actions = serverRoom(b, code).match.log.quarters[0]?.actions.map((a) => a.type);
    expect(actions).toEqual(['proposeDeal', 'respondDeal', 'submitOrders', 'submitOrders']);
    for (const p of [openai, azure, watcher]) await p.room.leave();
  });

  it('a rejected deal does not become a contract', async () => {
    const { openai, azure, code } = await openaiAndAzure();
    await call(openai, C2S.host, { command: 'start', force: true });
    await vi.waitFor(() => expect(azure.room.state.phase).toBe('planning'));
    const proposed = await call(openai, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.7, pricePerCU: 2.9, quarters: 4 } });
    expect((await call(azure, C2S.respondDeal, { proposalId: proposed.payload.proposalId, accept: false })).ok).toBe(true);
    const before = serverRoom(b, code).match.state.contracts.length;
    await call(openai, C2S.host, { command: 'resolveNow' });
    await waitForCount(openai, S2C.resolved, 1);
    const after = serverRoom(b, code).match.state.contracts;
    expect(after.some((c) => c.cuPerQuarter === 0.7 && c.pricePerCU === 2.9)).toBe(false);
    expect(after.length).toBeLessThanOrEqual(before);
    for (const p of [openai, azure]) await p.room.leave();
  });
});
