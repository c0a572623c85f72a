import type { LanguagePack } from "../types.js";
import { boilerplate } from "./boilerplate.js";
import { dates } from "./dates.js";

const en: LanguagePack = { code: "en", name: "English", boilerplate, dates };
export default en;
