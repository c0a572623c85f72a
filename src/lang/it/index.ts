import type { LanguagePack } from "../types.js";
import { boilerplate } from "./boilerplate.js";
import { dates } from "./dates.js";

const it: LanguagePack = { code: "it", name: "Italian", boilerplate, dates };
export default it;
