import type { LanguagePack } from "../types.js";
import { dates } from "./dates.js";

/** Dates only so far: month names and update cues, for publication dates on pages in Dutch. */
const nl: LanguagePack = { code: "nl", name: "Dutch", dates };
export default nl;
