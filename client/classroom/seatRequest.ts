import { Client, type Room } from '@colyseus/sdk';
import { C2S, S2C, type RequestResult, type SeatRequestPayload, type SessionPayload } from '../../shared/protocol';
import type { Role } from '../../shared/roles';
import { serverEndpoint } from '../net/session';

// A student asking for a seat after the start (they came late, or their seat token went with a
// closed tab or another phone): the join page watches the group as a spectator, sends the request
// with the student's name, and waits for the teacher. Approved, the server hands this connection the
// seat with a new token; the page then joins for real with that token (client/net/session.ts keeps it).

export type SeatAnswer = { status: 'approved'; role: Role; seatToken: string } | { status: 'denied' | 'expired'; message: string };

export interface PendingRequest {
  /** Resolves when the teacher answers (or the request expires). */
  answer: Promise<SeatAnswer>;
  /** Withdraws the request (leaves the group). */
  cancel: () => Promise<void>;
}

export async function requestSeat(code: string, name: string, role: Role | null): Promise<PendingRequest> {
  const room: Room = await new Client(serverEndpoint()).joinById(code, { name });
  let session: SessionPayload | null = null;
  let approved: { role: Role } | null = null;
  let settle: (a: SeatAnswer) => void = () => undefined;
  const answer = new Promise<SeatAnswer>((resolve) => (settle = resolve));
  const tryFinish = () => {
    if (approved && session?.role === approved.role && session.seatToken) settle({ status: 'approved', role: approved.role, seatToken: session.seatToken });
  };
  room.onMessage('*', () => undefined);
  room.onMessage(S2C.session, (p: SessionPayload) => {
    session = p;
    tryFinish();
  });
  room.onMessage(S2C.seatRequest, (p: SeatRequestPayload) => {
    if (p.status === 'approved' && p.role) {
      approved = { role: p.role };
      tryFinish();
    } else if (p.status !== 'approved') settle({ status: p.status, message: p.message });
  });
  room.onLeave(() => settle({ status: 'expired', message: 'the connection to the group closed' }));
  const res = (await room.request(C2S.requestSeat as never, { name, ...(role ? { role } : {}) } as never, { timeout: 15_000 })) as RequestResult;
  if (!res.ok) {
    await room.leave(true).catch(() => undefined);
    throw new Error(res.error.message);
  }
  return {
    answer: answer.finally(() => void room.leave(true).catch(() => undefined)),
    cancel: async () => {
      settle({ status: 'denied', message: '' });
      await room.leave(true).catch(() => undefined);
    },
  };
}
