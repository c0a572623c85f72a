import type { LanguagePack } from "../types.js";
import { sentences } from "./sentences.js";
import { boilerplate } from "./boilerplate.js";
import { bylines } from "./bylines.js";
import { citations } from "./citations.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { framing } from "./framing.js";
import { numbers } from "./numbers.js";
import { stance } from "./stance.js";
import { time } from "./time.js";

const it: LanguagePack = { code: "it", name: "Italian", sentences, boilerplate, dates, bylines, citations, numbers, framing, time, entities, stance };
export default it;
