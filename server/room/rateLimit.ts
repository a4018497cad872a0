import { WindowLimiter } from '../security/windowLimiter';

// Fixed one-second window per client: the first `limit` messages of each window pass, the rest
// are refused (the room answers them with RATE_LIMITED instead of dropping the connection).

export class RateLimiter extends WindowLimiter {
  constructor(limit: number, now: () => number = Date.now) {
    super(limit, { now });
  }
}
