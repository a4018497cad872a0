// Messages between the load test's main process and its client worker processes (IPC).

export interface WorkerConfig {
  /** ws://host:port of the server under test. */
  url: string;
  worker: number;
  /** Rooms this worker plays, 5 seats each. */
  rooms: number;
  /** Each seat submits at a uniform random moment in [0, pacingMs] after its quarter opens; 0 = at once. */
  pacingMs: number;
  /** Rooms start evenly spread over this many ms. */
  rampMs: number;
  /** Quarters per match; a finished match is left and a new one created. */
  quarters: number;
  /** Idle mode: each room is one client that creates a match and waits in the lobby. */
  idle: boolean;
}

/** `window`: the measurement window starts (the worker restarts its event-loop delay histogram). */
export type MainToWorker = { type: 'start'; config: WorkerConfig } | { type: 'window' } | { type: 'stop' };

/** How late the worker's event loop ran its callbacks, ms, since the window (or the start). */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** What a worker saw since its previous report. */
export interface WorkerReport {
  type: 'stats';
  worker: number;
  /** Clients connected now. */
  connected: number;
  /** Rooms whose match is under way now. */
  playing: number;
  /** ms from a room's last submit to each of its clients receiving `resolved`. */
  latencies: number[];
  /** Quarters resolved (once per room). */
  quarters: number;
  /** `resolved` messages received (once per client). */
  resolutions: number;
  /** Bytes read from the sockets (compressed when permessage-deflate is on). */
  wireBytes: number;
  /** Bytes of the frames after decompression. */
  frameBytes: number;
  /** Bytes of full states (at join) and of state patches, and how many of each. */
  fullStateBytes: number;
  fullStates: number;
  patchBytes: number;
  /** Failures by code (JOIN_FAILED, DISCONNECTED, refusals that play does not explain, …). */
  errors: Record<string, number>;
  /** Refusals that are part of play (a bankrupt seat's orders, a retry after RATE_LIMITED). */
  refusals: Record<string, number>;
  /** A late loop delays reading `resolved`, so it shows in the latencies: the generator was the limit. */
  loopDelay: LoopDelay;
}

export interface WorkerDone {
  type: 'done';
  worker: number;
}

export type WorkerToMain = WorkerReport | WorkerDone;
