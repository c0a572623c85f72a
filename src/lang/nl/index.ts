import type { LanguagePack } from "../types.js";
import { sentences } from "./sentences.js";
import { compounds } from "./compounds.js";
import { dates } from "./dates.js";

/** Dates and compounds only so far: month names and update cues, for publication dates on pages in Dutch; compound parts, for its dictionary. */
const nl: LanguagePack = { code: "nl", name: "Dutch", sentences, dates, compounds };
export default nl;
