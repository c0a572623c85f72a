import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["domenica", 0], ["lunedì", 1], ["martedì", 2], ["mercoledì", 3], ["giovedì", 4], ["venerdì", 5], ["sabato", 6]]),
  dayOffsets: new Map([["domani", 1], ["oggi", 0], ["ieri", -1], ["l'altro ieri", -2], ["l’altro ieri", -2], ["dopodomani", 2]]),
  weekOffsets: new Map([["la settimana prossima", 1], ["la prossima settimana", 1], ["la settimana scorsa", -1], ["questa settimana", 0]]),
  monthOffsets: new Map([["il mese prossimo", 1], ["il mese scorso", -1], ["questo mese", 0]]),
  yearOffsets: new Map([["l'anno prossimo", 1], ["l’anno prossimo", 1], ["l'anno scorso", -1], ["l’anno scorso", -1], ["quest'anno", 0], ["quest’anno", 0]]),
  monthParts: new Map([["inizio", 5], ["metà", 15], ["fine", 25]]),
  dayBeforeMonth: true,
  futureCues: ["sarà", "saranno", "dovrà", "dovranno", "prevede di", "prevedono di", "intende", "in programma", "prossimo", "prossima"],
  dayParts: ["mattina", "mattino", "mattinata", "mezzogiorno", "pomeriggio", "sera", "serata", "notte", "mezzanotte"],
};
