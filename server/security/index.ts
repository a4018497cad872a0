import type { Server as HttpServer } from 'node:http';
import { installFrontDoor } from './frontDoor';
import { restrictCors } from './headers';
import { security } from './state';

// The server's defences against hostile clients (docs/SECURITY.md): resource limits, the front
// door before every request and WebSocket, headers and CORS.

export { systemClock, serverClock, ManualClock, type Clock } from './clock';
export { limitsFromEnv, DEFAULT_LIMITS, type SecurityLimits } from './limits';
export { installSecurity, security } from './state';

/** Puts the front door and the CORS policy on the listening HTTP server. */
export function secureHttpServer(server: HttpServer): void {
  restrictCors(() => security().limits.allowedOrigins);
  installFrontDoor(server);
}
