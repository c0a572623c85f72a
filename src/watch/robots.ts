/**
 * robots.txt as RFC 9309 reads it: the group for our product token (or else `*`), its
 * Allow/Disallow rules with `*` and `$`, the longest match deciding and Allow winning a tie.
 */

export interface RobotsRule {
  readonly allow: boolean;
  readonly pattern: string;
}

/** The rules that apply to one crawler; an empty list allows everything. */
export interface Robots {
  readonly rules: readonly RobotsRule[];
}

export const ALLOW_ALL: Robots = { rules: [] };
/** What a site that cannot be asked is taken to say (RFC 9309: unreachable means disallow all). */
export const DISALLOW_ALL: Robots = { rules: [{ allow: false, pattern: "/" }] };

/** The rules in `text` for the crawler named `token` (its product token, e.g. "Dossier"). */
export function parseRobots(text: string, token: string): Robots {
  const want = token.toLowerCase();
  const groups: Array<{ agents: string[]; rules: RobotsRule[] }> = [];
  let current: { agents: string[]; rules: RobotsRule[] } | null = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase(), value = line.slice(colon + 1).trim();
    if (key === "user-agent") {
      // Consecutive user-agent lines open one group together.
      if (!current || current.rules.length > 0) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
    } else if ((key === "allow" || key === "disallow") && current) {
      // "Disallow:" with nothing after it disallows nothing.
      if (value) current.rules.push({ allow: key === "allow", pattern: value });
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && want.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  return { rules: chosen.flatMap((g) => g.rules) };
}

/** Whether `path` (path and query of a URL) may be fetched. */
export function robotsAllow(robots: Robots, path: string): boolean {
  let best: RobotsRule | null = null;
  for (const rule of robots.rules) {
    if (!matches(rule.pattern, path)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern).split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  const re = new RegExp(`^${body}${anchored ? "$" : ""}`);
  return re.test(path) || re.test(decodeSafely(path));
}

/** Percent-encoded paths are compared both as sent and decoded, so "/a%20b" and "/a b" meet. */
function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
