import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["dimanche", 0], ["lundi", 1], ["mardi", 2], ["mercredi", 3], ["jeudi", 4], ["vendredi", 5], ["samedi", 6]]),
  dayOffsets: new Map([["demain", 1], ["aujourd'hui", 0], ["aujourd’hui", 0], ["hier", -1], ["avant-hier", -2], ["la veille", -1]]),
  weekOffsets: new Map([["la semaine prochaine", 1], ["la semaine dernière", -1], ["cette semaine", 0]]),
  monthOffsets: new Map([["le mois prochain", 1], ["le mois dernier", -1], ["ce mois-ci", 0]]),
  yearOffsets: new Map([["l'année prochaine", 1], ["l’année prochaine", 1], ["l'an dernier", -1], ["l’an dernier", -1], ["l'année dernière", -1], ["cette année", 0]]),
  monthParts: new Map([["début", 5], ["mi", 15], ["fin", 25]]),
  dayBeforeMonth: true,
  futureCues: ["va", "vont", "doit", "doivent", "devrait", "devraient", "prévoit", "prévoient", "prochain", "prochaine"],
  dayParts: ["matin", "matinée", "midi", "après-midi", "soir", "soirée", "nuit", "minuit"],
};
