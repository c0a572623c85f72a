import type { LanguagePack } from "../types.js";
import { boilerplate } from "./boilerplate.js";
import { dates } from "./dates.js";

const ru: LanguagePack = { code: "ru", name: "Russian", boilerplate, dates };
export default ru;
