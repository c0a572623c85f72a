import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["sonntag", 0], ["montag", 1], ["dienstag", 2], ["mittwoch", 3], ["donnerstag", 4], ["freitag", 5], ["samstag", 6], ["sonnabend", 6]]),
  dayOffsets: new Map([["übermorgen", 2], ["heute", 0], ["gestern", -1], ["vorgestern", -2]]),
  weekOffsets: new Map([["nächste woche", 1], ["vergangene woche", -1], ["letzte woche", -1], ["in der vergangenen woche", -1], ["diese woche", 0]]),
  monthOffsets: new Map([["nächsten monat", 1], ["vergangenen monat", -1], ["letzten monat", -1], ["im vergangenen monat", -1], ["diesen monat", 0]]),
  yearOffsets: new Map([["nächstes jahr", 1], ["vergangenes jahr", -1], ["letztes jahr", -1], ["dieses jahr", 0], ["in diesem jahr", 0]]),
  monthParts: new Map([["anfang", 5], ["mitte", 15], ["ende", 25]]),
  dayBeforeMonth: true,
  futureCues: ["wird", "werden", "soll", "sollen", "plant", "planen", "will", "wollen", "nächsten", "nächste", "kommenden", "kommende"],
  reportedFutureCues: ["würde", "würden"],
  dayParts: ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"],
};
