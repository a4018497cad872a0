import type { BudgetRule } from './budget';

/** A class opens up to MAX_GROUPS (12) match rooms at once: it costs this many creations. */
export const CLASS_CREATE_COST = 10;

// Every resource limit of the server, with the environment variable that changes it
// (docs/SECURITY.md lists them). Rates are per minute with a burst of the same size (room
// creations: a third).

export interface SecurityLimits {
  /** Client address from X-Forwarded-For / X-Real-IP (only behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Origins besides the page's own that may call the API from a browser. */
  allowedOrigins: string[];
  /** Live match rooms on this process (classes' groups included). */
  maxRooms: number;
  /** Live class sessions on this process. */
  maxClasses: number;
  /** Live match rooms created by one address. */
  roomsPerIp: number;
  /** Live class sessions created by one address. */
  classesPerIp: number;
  /** Room and class creations (and forks) by one address, and by everyone. */
  createsPerIp: BudgetRule;
  createsGlobal: BudgetRule;
  /** Open WebSocket connections from one address, and in total. */
  connectionsPerIp: number;
  maxConnections: number;
  /** Game messages per second from one address across all its connections. */
  messagesPerIpPerSecond: number;
  /** API and matchmaking requests by one address (static files of the page are not counted). */
  httpPerIp: BudgetRule;
  /** Record uploads and forks (each costs a full re-run of the match). */
  uploadsPerIp: BudgetRule;
  uploadsGlobal: BudgetRule;
  forksPerIp: BudgetRule;
  forksGlobal: BudgetRule;
  /** Total bytes of uploaded records kept. */
  uploadQuotaBytes: number;
  /** How long an address that flooded a room cannot connect or create. */
  floodCooldownMs: number;
  /** Spectators per match room (the room holds 5 seats, the host and this many). */
  maxSpectators: number;
  /** A kicked spectator's address cannot come back as a spectator of that room for this long. */
  kickCooldownMs: number;
  /** A class with nobody in its console and its groups is closed after this long. */
  classIdleMs: number;
  /** A class nobody ever opened (its creator never joined) is closed after this long. */
  classUnclaimedMs: number;
}

const perMinute = (n: number): BudgetRule => ({ capacity: n, perMinute: n });
/** Room creation is the costly request (~50 ms of CPU each): a burst of a third of the minute's budget. */
const creationsPerMinute = (n: number): BudgetRule => ({ capacity: Math.max(CLASS_CREATE_COST, Math.ceil(n / 3)), perMinute: n });

export const DEFAULT_LIMITS: SecurityLimits = {
  trustProxy: false,
  allowedOrigins: [],
  maxRooms: 500,
  maxClasses: 40,
  // A classroom shares one address (NAT): thirty students may each open a match at once.
  roomsPerIp: 60,
  classesPerIp: 4,
  createsPerIp: creationsPerMinute(60),
  createsGlobal: creationsPerMinute(300),
  connectionsPerIp: 200,
  maxConnections: 5000,
  messagesPerIpPerSecond: 100,
  httpPerIp: perMinute(600),
  uploadsPerIp: perMinute(2),
  uploadsGlobal: perMinute(10),
  forksPerIp: perMinute(3),
  forksGlobal: perMinute(20),
  uploadQuotaBytes: 200 * 1024 * 1024,
  floodCooldownMs: 60_000,
  maxSpectators: 24,
  kickCooldownMs: 10 * 60_000,
  classIdleMs: 60 * 60_000,
  classUnclaimedMs: 2 * 60_000,
};

/** Environment variable → how it sets the limits. */
export const LIMIT_ENV: Record<string, (l: SecurityLimits, n: number, raw: string) => void> = {
  COMPUTE_RACE_TRUST_PROXY: (l, _n, raw) => (l.trustProxy = raw === '1' || raw.toLowerCase() === 'true'),
  COMPUTE_RACE_ALLOWED_ORIGINS: (l, _n, raw) => (l.allowedOrigins = raw.split(',').map((s) => s.trim()).filter(Boolean)),
  COMPUTE_RACE_MAX_ROOMS: (l, n) => (l.maxRooms = n),
  COMPUTE_RACE_MAX_CLASSES: (l, n) => (l.maxClasses = n),
  COMPUTE_RACE_ROOMS_PER_IP: (l, n) => (l.roomsPerIp = n),
  COMPUTE_RACE_CLASSES_PER_IP: (l, n) => (l.classesPerIp = n),
  COMPUTE_RACE_CREATES_PER_IP_PER_MINUTE: (l, n) => (l.createsPerIp = creationsPerMinute(n)),
  COMPUTE_RACE_CREATES_PER_MINUTE: (l, n) => (l.createsGlobal = creationsPerMinute(n)),
  COMPUTE_RACE_CONNECTIONS_PER_IP: (l, n) => (l.connectionsPerIp = n),
  COMPUTE_RACE_MAX_CONNECTIONS: (l, n) => (l.maxConnections = n),
  COMPUTE_RACE_MESSAGES_PER_IP_PER_SECOND: (l, n) => (l.messagesPerIpPerSecond = n),
  COMPUTE_RACE_HTTP_PER_IP_PER_MINUTE: (l, n) => (l.httpPerIp = perMinute(n)),
  COMPUTE_RACE_UPLOADS_PER_IP_PER_MINUTE: (l, n) => (l.uploadsPerIp = perMinute(n)),
  COMPUTE_RACE_UPLOADS_PER_MINUTE: (l, n) => (l.uploadsGlobal = perMinute(n)),
  COMPUTE_RACE_FORKS_PER_IP_PER_MINUTE: (l, n) => (l.forksPerIp = perMinute(n)),
  COMPUTE_RACE_FORKS_PER_MINUTE: (l, n) => (l.forksGlobal = perMinute(n)),
  COMPUTE_RACE_UPLOAD_QUOTA_MB: (l, n) => (l.uploadQuotaBytes = n * 1024 * 1024),
  COMPUTE_RACE_FLOOD_COOLDOWN_SECONDS: (l, n) => (l.floodCooldownMs = n * 1000),
  COMPUTE_RACE_MAX_SPECTATORS: (l, n) => (l.maxSpectators = n),
  COMPUTE_RACE_KICK_COOLDOWN_SECONDS: (l, n) => (l.kickCooldownMs = n * 1000),
  COMPUTE_RACE_CLASS_IDLE_MINUTES: (l, n) => (l.classIdleMs = n * 60_000),
  COMPUTE_RACE_CLASS_UNCLAIMED_SECONDS: (l, n) => (l.classUnclaimedMs = n * 1000),
};

const TEXT_ENV = new Set(['COMPUTE_RACE_TRUST_PROXY', 'COMPUTE_RACE_ALLOWED_ORIGINS']);

/** The defaults with the environment's overrides; a malformed value is an error naming the variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityLimits {
  const limits: SecurityLimits = structuredClone(DEFAULT_LIMITS);
  for (const [name, apply] of Object.entries(LIMIT_ENV)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!TEXT_ENV.has(name) && (!Number.isFinite(n) || n < 0)) throw new Error(`${name} must be a number ≥ 0, got '${raw}'`);
    apply(limits, n, raw);
  }
  return limits;
}
