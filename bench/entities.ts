/**
 * Entities benchmark on Russian news: factRuEval-2016's dev set (../shared/data/entities/
 * factruEval-2016, 122 texts with people, organisations and places marked and their mentions
 * joined under a normalised name). Each text is read as a story of one article by the claims
 * stage's entity reader. Prints mention precision and recall (a system mention matches a gold
 * entity mention it overlaps) and, for people the product finds, whether it names them in
 * their base form (gold `firstname lastname`: «Юрия Лужкова» is Юрий Лужков). The frozen
 * held-out part (bench/lib/heldOut.ts on the text's id, "book_N") is printed apart.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultConfig } from "../src/config.js";
import { findEntityMentions, mergeEntities } from "../src/claims/entities.js";
import { languages } from "../src/lang/index.js";
import type { Article } from "../src/model.js";
import { readText } from "../src/text/index.js";
import { heldOut } from "./lib/heldOut.js";
import { dataRoot } from "./verdicts/datasets.js";

const root = dataRoot();
const dir = root ? join(root, "entities", "factruEval-2016", "devset") : "";
if (!root || !existsSync(dir)) {
  console.log("entities: ../shared/data/entities/factruEval-2016 is absent (set DOSSIER_DATA), skipped");
  process.exit(0);
}

const TYPES = new Set(["Person", "Org", "Location", "LocOrg"]);
const lines = (path: string): string[] => readFileSync(path, "utf8").split("\n").filter((l) => l.trim());

interface GoldObject {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Gold entity mentions of one text: each object's span, from its first to its last part. */
function goldObjects(book: string): GoldObject[] {
  const spans = new Map(lines(join(dir, `${book}.spans`)).map((l) => {
    const [id, , offset, length] = l.split(" ");
    return [id!, [Number(offset), Number(offset) + Number(length)] as const];
  }));
  return lines(join(dir, `${book}.objects`)).flatMap((l) => {
    const [id, type, ...rest] = l.split(" # ")[0]!.trim().split(" ");
    if (!TYPES.has(type!)) return [];
    const parts = rest.map((s) => spans.get(s)).filter((p) => p !== undefined);
    if (!parts.length) return [];
    return [{ id: id!, type: type!, start: Math.min(...parts.map((p) => p[0])), end: Math.max(...parts.map((p) => p[1])) }];
  });
}

/** People of one text by their objects: the normalised name `firstname lastname`. */
function goldPeople(book: string): Array<{ objects: Set<string>; name: string }> {
  const blocks = readFileSync(join(dir, `${book}.coref`), "utf8").split(/\n\s*\n/);
  return blocks.flatMap((b) => {
    const [head, ...fields] = b.trim().split("\n");
    const get = (k: string): string | undefined => fields.find((f) => f.startsWith(`${k} `))?.slice(k.length + 1).trim();
    const last = get("lastname");
    if (!head || !last) return [];
    return [{ objects: new Set(head.split(" ").slice(1)), name: [get("firstname"), last].filter(Boolean).join(" ") }];
  });
}

interface Counts {
  gold: number;
  system: number;
  matchedGold: number;
  matchedSystem: number;
  people: number;
  peopleFound: number;
  baseForm: number;
}
const empty = (): Counts => ({ gold: 0, system: 0, matchedGold: 0, matchedSystem: 0, people: 0, peopleFound: 0, baseForm: 0 });
const parts = { tuned: empty(), "held-out": empty() };
const langs = languages(["ru"]);
const misnamed: string[] = [];

for (const book of readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort()) {
  const text = readFileSync(join(dir, `${book}.txt`), "utf8");
  const article: Article = { id: book, path: `${book}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "ru", text, removed: [], warnings: [] };
  const layer = readText(article, langs);
  const entities = mergeEntities(findEntityMentions(article, layer.sentences, layer, langs), new Map([[book, article]]), defaultConfig.claims.minEntityArticles, langs);
  const gold = goldObjects(book);
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ m, e })));
  const c = parts[heldOut(book) ? "held-out" : "tuned"];
  const overlaps = (g: GoldObject, s: { start: number; end: number }): boolean => s.start < g.end && g.start < s.end;
  c.gold += gold.length;
  c.system += mentions.length;
  c.matchedGold += gold.filter((g) => mentions.some(({ m }) => overlaps(g, m))).length;
  c.matchedSystem += mentions.filter(({ m }) => gold.some((g) => overlaps(g, m))).length;
  const byId = new Map(gold.map((g) => [g.id, g]));
  for (const person of goldPeople(book)) {
    c.people++;
    const spans = [...person.objects].map((id) => byId.get(id)).filter((g) => g !== undefined);
    const found = entities.find((e) => e.type === "person" && e.mentions.some((m) => spans.some((g) => overlaps(g, m))));
    if (!found) continue;
    c.peopleFound++;
    if (found.name === person.name) c.baseForm++;
    else if (!heldOut(book)) misnamed.push(`${book}: ${found.name} (gold ${person.name})`);
  }
}

const ratio = (n: number, d: number): string => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "– (0/0)");
console.log("Entities on factRuEval-2016 dev (Russian news), one text = one story of one article");
for (const [name, c] of Object.entries(parts)) {
  console.log(`\n${name}`);
  console.log(`  mention precision                 ${ratio(c.matchedSystem, c.system)}`);
  console.log(`  mention recall                    ${ratio(c.matchedGold, c.gold)}`);
  console.log(`  people found (as a person)        ${ratio(c.peopleFound, c.people)}`);
  console.log(`  of them named in base form        ${ratio(c.baseForm, c.peopleFound)}`);
}
if (process.argv.includes("--misnamed")) console.log(`\nmisnamed (tuned):\n${misnamed.join("\n")}`);
