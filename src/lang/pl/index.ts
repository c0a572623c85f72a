import type { LanguagePack } from "../types.js";
import { dates } from "./dates.js";

/** Dates only so far: month names and update cues, for publication dates on pages in Polish. */
const pl: LanguagePack = { code: "pl", name: "Polish", dates };
export default pl;
