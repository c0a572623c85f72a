import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["domingo", 0], ["lunes", 1], ["martes", 2], ["miércoles", 3], ["jueves", 4], ["viernes", 5], ["sábado", 6]]),
  dayOffsets: new Map([["hoy", 0], ["ayer", -1], ["anteayer", -2]]),
  weekOffsets: new Map([["la próxima semana", 1], ["la semana que viene", 1], ["la semana pasada", -1], ["esta semana", 0]]),
  monthOffsets: new Map([["el próximo mes", 1], ["el mes pasado", -1], ["este mes", 0]]),
  yearOffsets: new Map([["el próximo año", 1], ["el año que viene", 1], ["el año pasado", -1], ["este año", 0]]),
  monthParts: new Map([["principios de", 5], ["mediados de", 15], ["finales de", 25]]),
  dayBeforeMonth: true,
  futureCues: ["va a", "van a", "prevé", "prevén", "deberá", "deberán", "tiene previsto", "tienen previsto", "próximo", "próxima"],
  dayArticles: ["el", "los"],
  dayParts: ["mañana", "mediodía", "tarde", "noche", "madrugada", "medianoche"],
};
