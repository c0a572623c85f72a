/**
 * Fetches a URL for a watch, politely and defensively: http(s) only; every address the host
 * resolves to checked before each request (no loopback, private or link-local unless
 * allowed); redirects followed by hand, each hop checked again; robots.txt asked once per
 * host and obeyed; one request per host per interval; a time limit; the body read as a
 * stream and cut at the size cap.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { refusedAddress } from "./addresses.js";
import { createHostPacer } from "./hostPacer.js";
import type { FetchPolicy } from "./policy.js";
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots, robotsAllow } from "./robots.js";

/** Errors of a connection that was already closed when reused (see request). */
const STALE_CONNECTION = /ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/;

/** How long an unreachable robots.txt is taken to disallow all before it is asked again. */
const UNREACHABLE_ROBOTS_MS = 10 * 60 * 1000;

export type Fetched =
  | { readonly ok: true; readonly url: string; readonly status: number; readonly contentType: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly url: string; readonly error: string };

export interface Fetcher {
  fetch(url: string): Promise<Fetched>;
}

/** robots.txt is small; RFC 9309 §2.5 asks crawlers to read at least 500 KiB of it. */
const ROBOTS_MAX_BYTES = 512 * 1024;

/** How a host name becomes addresses for the check: the system's resolver unless given (a test gives its own). */
export type Resolve = (host: string) => Promise<string[]>;

const systemResolve: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export function createFetcher(policy: FetchPolicy, resolve: Resolve = systemResolve): Fetcher {
  const pacer = createHostPacer(policy.minHostIntervalMs);
  // Per origin, the answer (or the question under way, so that simultaneous fetches ask once).
  const robotsCache = new Map<string, { robots: Promise<Robots>; until: number }>();

  /** Why a URL may not be requested at all (its scheme, its host's addresses), or null. */
  async function refused(url: URL): Promise<string | null> {
    if (url.protocol !== "http:" && url.protocol !== "https:") return `refused: ${url.protocol.replace(/:$/, "")} is not http or https`;
    return policy.allowPrivate ? null : await refusedHost(url.hostname, resolve);
  }

  /** One request, not following redirects, once the host's turn comes: the status, where it redirects, the bytes. */
  async function request(url: URL, maxBytes: number): Promise<{ status: number; location: string | null; contentType: string; bytes: Uint8Array } | { error: string }> {
    let response: Response | undefined;
    for (let attempt = 0; !response; attempt++) {
      await pacer.turn(url.host);
      try {
        response = await fetch(url, {
          redirect: "manual",
          headers: { "user-agent": policy.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml,application/json;q=0.9,*/*;q=0.5" },
          signal: AbortSignal.timeout(policy.timeoutMs),
        });
      } catch (err) {
        // A kept-alive connection the server closed meanwhile fails at once: a GET is asked again, once.
        if (attempt === 0 && STALE_CONNECTION.test(describeFetchError(err, policy.timeoutMs))) continue;
        return { error: describeFetchError(err, policy.timeoutMs) };
      }
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (location !== null) {
      await response.body?.cancel();
      return { status: response.status, location, contentType: "", bytes: new Uint8Array() };
    }
    const body = await readCapped(response, maxBytes, policy.timeoutMs);
    if ("error" in body) return body;
    return { status: response.status, location: null, contentType: response.headers.get("content-type") ?? "", bytes: body.bytes };
  }

  /** Follows redirects by hand, checking each hop (scheme, addresses, robots) as the first. */
  async function follow(start: string, maxBytes: number, askRobots: boolean): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(start);
    } catch {
      return { ok: false, url: start, error: "not a URL" };
    }
    for (let hop = 0; ; hop++) {
      const why = await refused(url);
      if (why) return { ok: false, url: url.href, error: why };
      if (askRobots) {
        const robots = await robotsFor(url);
        if (!robotsAllow(robots, url.pathname + url.search)) return { ok: false, url: url.href, error: `disallowed by ${url.origin}/robots.txt` };
      }
      const r = await request(url, maxBytes);
      if ("error" in r) return { ok: false, url: url.href, error: r.error };
      if (r.location === null) {
        if (r.status < 200 || r.status >= 300) return { ok: false, url: url.href, error: `HTTP ${r.status}` };
        return { ok: true, url: url.href, status: r.status, contentType: r.contentType, bytes: r.bytes };
      }
      if (hop >= policy.maxRedirects) return { ok: false, url: url.href, error: `more than ${policy.maxRedirects} redirects` };
      try {
        url = new URL(r.location, url);
      } catch {
        return { ok: false, url: url.href, error: `redirect to an unreadable location: ${r.location}` };
      }
    }
  }

  function robotsFor(url: URL): Promise<Robots> {
    const cached = robotsCache.get(url.origin);
    if (cached && cached.until > Date.now()) return cached.robots;
    const robots = follow(`${url.origin}/robots.txt`, ROBOTS_MAX_BYTES, false).then((got) => 
      // RFC 9309 §2.3.1: a missing robots.txt (4xx) allows all; an unreachable one disallows all.
      got.ok ? parseRobots(new TextDecoder().decode(got.bytes), policy.robotsToken) : /^HTTP 4\d\d$/.test(got.error) ? ALLOW_ALL : DISALLOW_ALL,
    );
    robotsCache.set(url.origin, { robots, until: Date.now() + policy.robotsTtlMs });
    // An unreachable robots.txt disallows all, but only until it is asked again a little later.
    void robots.then((r) => r === DISALLOW_ALL && robotsCache.set(url.origin, { robots, until: Date.now() + UNREACHABLE_ROBOTS_MS }));
    return robots;
  }

  return { fetch: (url) => follow(url, policy.maxBytes, true) };
}

/** Why a host may not be fetched: it is, or resolves to, an address that is not public (every address is checked). */
async function refusedHost(hostname: string, resolve: Resolve): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    // An address written in the URL is checked as it is.
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (err) {
    return `cannot resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
  for (const address of addresses) {
    const why = refusedAddress(address);
    if (why) return `refused: ${host} resolves to ${address}, a ${why} address (--allow-private allows it)`;
  }
  return addresses.length ? null : `cannot resolve ${host}: no address`;
}

/** The body, read chunk by chunk and abandoned as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, timeoutMs: number): Promise<{ bytes: Uint8Array } | { error: string }> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { error: `too large: ${declared} bytes declared (limit ${maxBytes})` };
  }
  if (!response.body) return { bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { error: `too large: more than ${maxBytes} bytes, stopped reading at ${size}` };
      }
      chunks.push(value);
    }
  } catch (err) {
    return { error: describeFetchError(err, timeoutMs) };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes };
}

function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `timed out after ${timeoutMs} ms`;
  return `fetch failed: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
}
