/**
 * Joins the hand-written rules with the learned tagger (where the language has a model): the
 * tagger reads every token knowing what the rules found, so it confirms, reshapes or drops their
 * sources and adds the ones no rule reaches ("polls show", "he believes", "the campaign did
 * not release"). Each attribution says which of the two found it, so citations can keep to
 * what the rules confirm.
 */
import type { Attribution, AttributionSpan } from "./rules.js";
import { type TaggerModel, ruleReadings, spansOf, tagTokens } from "./tagger.js";
import type { AttributionToken } from "./tokens.js";

type Range = [number, number];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The cue run nearest a source (by tokens between), preferring one that does not touch it. */
function nearestCue(source: Range, cues: readonly Range[]): Range | null {
  let best: Range | null = null, bestGap = Infinity;
  for (const c of cues) {
    const gap = c[0] > source[1] ? c[0] - source[1] : source[0] - c[1];
    if (gap > 0 && gap < bestGap) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

export function mergeLearned(
  tokens: readonly AttributionToken[],
  sentence: string,
  offset: number,
  rules: readonly Attribution[],
  model: TaggerModel,
  kindOf: (from: number, to: number) => Attribution["kind"],
): Attribution[] {
  if (!tokens.length) return [...rules];
  const span = (r: Range): AttributionSpan => ({ start: tokens[r[0]]!.start, end: tokens[r[1]]!.end, text: sentence.slice(tokens[r[0]]!.start - offset, tokens[r[1]]!.end - offset) });
  const tags = tagTokens(tokens, model, ruleReadings(tokens, rules));
  const cues = spansOf(tags, "C");
  const out: Attribution[] = [];
  for (const s of spansOf(tags, "S")) {
    const source = span(s);
    const rule = rules.find((a) => overlaps(a.source, source));
    if (rule) {
      // The rules' reading stands (its cue, relay, kind and own boundaries for citations); the
      // tagger's boundaries are the annotators' ("the official added", not a whole clause before it).
      out.push({ ...rule, source, basis: "both" });
      continue;
    }
    const cue = nearestCue(s, cues) ?? nearestCue(s, rules.map((a) => tokenRange(tokens, a.cue)));
    // A source with no cue anywhere in its sentence is a name, not an attribution.
    if (!cue) continue;
    out.push({ source, cue: span(cue), via: null, kind: kindOf(s[0], s[1]), basis: "learned", ruleSource: null });
  }
  return out;
}

function tokenRange(tokens: readonly AttributionToken[], s: AttributionSpan): Range {
  const from = tokens.findIndex((t) => t.start >= s.start);
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1]!.end <= s.end) to++;
  return [from, to];
}
