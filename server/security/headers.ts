import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';

// Response headers every answer carries, and CORS: only the page's own origin (and origins listed
// in COMPUTE_RACE_ALLOWED_ORIGINS) may read the API from a browser; no credentials are ever allowed.

function hostOf(req: IncomingMessage): string {
  const h = req.headers.host ?? '';
  return /^[A-Za-z0-9.:[\]-]{1,255}$/.test(h) ? h : '';
}

/**
 * The client is a Phaser game served from this origin: scripts only from here, inline styles
 * (the DOM overlay sets them), images/audio from here or generated (data:, blob:), WebSockets to
 * this host only, never framed.
 */
export function contentSecurityPolicy(req: IncomingMessage): string {
  const host = hostOf(req);
  const sockets = host ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self'${sockets}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req));
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** True when a browser page at `origin` may read answers: the page's own origin or a listed one. */
export function originAllowed(origin: string, host: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host && host !== '';
  } catch {
    return false;
  }
}

/** Replaces Colyseus's reflect-any-origin CORS with the page's own origin (and the allowed list). */
export function restrictCors(allowed: () => readonly string[]): void {
  const base: Record<string, string> = {
    'Access-Control-Allow-Headers': 'Content-Type, Accept, Authorization, x-class-secret',
    'Access-Control-Allow-Methods': 'GET, HEAD, POST',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  matchMaker.controller.DEFAULT_CORS_HEADERS = base as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = function (headers: Headers): Record<string, string> {
    const origin = headers.get('origin');
    if (!origin || !originAllowed(origin, headers.get('host') ?? '', allowed())) return {};
    return { 'Access-Control-Allow-Origin': origin };
  };
}
