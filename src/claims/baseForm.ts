/**
 * A person's name in an inflected language, given in its base form: «Юрия Лужкова» →
 * "Юрий Лужков" when the story shows the man's gender ("Лужков", "Лужковым"), «Марии
 * Захаровой» → "Мария Захарова". The gender comes from surname endings only one gender takes;
 * without it the name is left as written, since "Лужкова" may be a woman's name too.
 */
import type { NameCases } from "../lang/types.js";

type Endings = ReadonlyArray<readonly [string, string]>;

/** The word with its first matching oblique ending replaced by the base ending, or null when none matches. */
function rewrite(word: string, endings: Endings): string | null {
  const low = word.toLowerCase();
  for (const [oblique, base] of endings) {
    // The stem left must stay a word: "Ина" is no case form of "Ин".
    if (low.endsWith(oblique) && word.length - oblique.length >= 2) return word.slice(0, word.length - oblique.length) + base;
  }
  return null;
}

/** The gender a story's forms of one name show by their surnames (or `name` by its genitive), or null when they show none or both. */
function genderOf(name: string, forms: readonly string[], cases: NameCases): "male" | "female" | null {
  const surnames = forms.map((f) => f.slice(f.lastIndexOf(" ") + 1).toLowerCase());
  const male = surnames.some((s) => cases.maleEvidence.some((e) => s.endsWith(e))) || maleGenitive(name, cases);
  const female = surnames.some((s) => cases.femaleEvidence.some((e) => s.endsWith(e)));
  return male === female ? null : male ? "male" : "female";
}

/** "Марка Уэббера": a given name and a surname both in a man's genitive, the surname of no family women share. */
function maleGenitive(name: string, cases: NameCases): boolean {
  const g = cases.maleGenitive;
  const words = name.toLowerCase().split(" ");
  if (!g || words.length < 2) return false;
  const surname = words[words.length - 1]!;
  return new RegExp(g.given, "u").test(words[0]!) && new RegExp(g.surname, "u").test(surname) && !g.womenShare.some((e) => surname.endsWith(e));
}

/** `name` (one of `forms`, the written forms of one person) in its base form. */
export function baseForm(name: string, forms: readonly string[], cases: NameCases): string {
  const gender = genderOf(name, forms, cases);
  if (!gender) return name;
  const words = name.split(" ");
  const surname = rewrite(words[words.length - 1]!, gender === "male" ? cases.maleSurname : cases.femaleSurname);
  // Given names and patronymics agree in case with the surname: a surname already in its base form leaves them alone.
  if (surname === null) return name;
  const given = gender === "male" ? cases.maleGiven : cases.femaleGiven;
  return [...words.slice(0, -1).map((w) => rewrite(w, given) ?? w), surname].join(" ");
}
