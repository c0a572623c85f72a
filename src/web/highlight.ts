/**
 * Marks spans of a text (claim quotes, citations, loaded terms) as properly nested HTML:
 * where two spans overlap without nesting, the later one is closed and reopened, and only
 * its first piece carries its id (the target of links into the article).
 */
import { esc } from "./html.js";

export interface Span {
  readonly start: number;
  readonly end: number;
  /** One class name: claim, cite or frame. */
  readonly kind: string;
  readonly id?: string;
  readonly title: string;
}

const order = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

export function markSpans(text: string, spans: readonly Span[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort(order);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const opened = new Set<Span>();
  let stack: Span[] = [];
  let out = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const active = valid.filter((s) => s.start <= from && s.end >= to);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    out += "</mark>".repeat(stack.length - keep);
    for (const s of active.slice(keep)) {
      const id = s.id && !opened.has(s) ? ` id="${esc(s.id)}"` : "";
      opened.add(s);
      out += `<mark class="${s.kind}"${id} title="${esc(s.title)}">`;
    }
    stack = active;
    out += esc(text.slice(from, to));
  }
  return out + "</mark>".repeat(stack.length);
}

/** Every place a phrase stands in a text (exact, left to right, not overlapping). */
export function occurrences(text: string, phrase: string): number[] {
  const at: number[] = [];
  if (!phrase) return at;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) at.push(i);
  return at;
}
