/**
 * What keeps the server safe to run: a Content-Security-Policy and companions on every response,
 * a token on writes and notes, and on loopback a check that the request is for this machine
 * (so that a web page elsewhere can neither rebind its name to 127.0.0.1 nor post to it).
 */
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Scripts, styles and images only from the server itself: article text that carries markup cannot run or load anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin",
};

/** Whether a host to bind names this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  return bare === "::1";
}

/** The hostname of a Host or Origin header value, or null when it has none. */
function hostnameOf(value: string, withScheme: boolean): string | null {
  try {
    return new URL(withScheme ? value : `http://${value}`).hostname;
  } catch {
    return null;
  }
}

export interface Guard {
  /** Refuses a request not addressed to this machine when the server listens on loopback. */
  checkHost(request: FastifyRequest): string | null;
  /** Refuses a write sent by a page of another origin (a browser adds Origin to cross-site posts). */
  checkOrigin(request: FastifyRequest): string | null;
  /** Whether the request carries the token (always true when no token is set). */
  hasToken(request: FastifyRequest): boolean;
}

export function createGuard(options: { loopback: boolean; token: string | null }): Guard {
  const expected = options.token ? Buffer.from(options.token) : null;
  return {
    checkHost(request) {
      if (!options.loopback) return null;
      const host = hostnameOf(request.headers.host ?? "", false);
      return host && isLoopback(host) ? null : "this server answers requests for this machine only (Host must be localhost or a loopback address)";
    },
    checkOrigin(request) {
      const origin = request.headers.origin;
      if (!origin || request.method === "GET" || request.method === "HEAD") return null;
      return hostnameOf(origin, true) === hostnameOf(request.headers.host ?? "", false) && new URL(origin).host === request.headers.host
        ? null
        : "writes from a page of another origin are refused";
    },
    hasToken(request) {
      if (!expected) return true;
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
      if (!given) return false;
      const bytes = Buffer.from(given);
      return bytes.length === expected.length && timingSafeEqual(bytes, expected);
    },
  };
}

export function refuse(reply: FastifyReply, status: number, error: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send({ error });
}
