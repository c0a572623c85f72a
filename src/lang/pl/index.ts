import type { LanguagePack } from "../types.js";
import { sentences } from "./sentences.js";
import { citations } from "./citations.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { framing } from "./framing.js";
import { numbers } from "./numbers.js";
import { stance } from "./stance.js";
import { time } from "./time.js";

/** Polish: dates, citation cues, and what the claims stage reads beside them (numbers, times, names, loaded words). */
const pl: LanguagePack = { code: "pl", name: "Polish", sentences, dates, citations, numbers, framing, time, entities, stance };
export default pl;
