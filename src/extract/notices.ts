/**
 * Cookie and consent banners, told by their words (`notices` in src/lang/<code>/boilerplate.ts;
 * those of every language given apply to every page, as pages mix languages). The markup does
 * not always give them away: on a page with nothing else the banner holds all of the page's
 * prose, and the rule that spares a wrapper of most of the prose keeps it.
 */
import { type Languages, perLanguages } from "../lang/languages.js";

const noticesOf = perLanguages((languages) => languages.every("boilerplate").flatMap((b) => b.notices ?? []));

/**
 * A banner runs to a few sentences; a longer paragraph that mentions cookies and consent is
 * prose about them (a privacy policy, an article on a privacy law). The longest banner
 * paragraph among the 1,171 extraction benchmark pages is 925 characters (a German consent
 * banner); the longer ones that match are privacy policies.
 */
export const MAX_NOTICE_CHARS = 1000;

export function isSiteNotice(paragraph: string, languages: Languages): boolean {
  return paragraph.length <= MAX_NOTICE_CHARS && noticesOf(languages).some((re) => re.test(paragraph));
}
