import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["dimanche", 0], ["lundi", 1], ["mardi", 2], ["mercredi", 3], ["jeudi", 4], ["vendredi", 5], ["samedi", 6]]),
  dayOffsets: new Map([["aujourd'hui", 0], ["aujourd’hui", 0], ["hier", -1], ["avant-hier", -2], ["la veille", -1]]),
  weekOffsets: new Map([["la semaine dernière", -1], ["cette semaine", 0]]),
  monthOffsets: new Map([["le mois dernier", -1], ["ce mois-ci", 0]]),
  yearOffsets: new Map([["l'an dernier", -1], ["l’an dernier", -1], ["l'année dernière", -1], ["cette année", 0]]),
  monthParts: new Map([["début", 5], ["mi", 15], ["fin", 25]]),
  dayBeforeMonth: true,
};
