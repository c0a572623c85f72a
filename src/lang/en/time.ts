import type { TimeKnowledge } from "../types.js";

export const time: TimeKnowledge = {
  weekdays: new Map([["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6]]),
  dayOffsets: new Map([["tomorrow", 1], ["today", 0], ["yesterday", -1], ["the day before", -1], ["tonight", 0], ["this morning", 0]]),
  weekOffsets: new Map([["next week", 1], ["last week", -1], ["this week", 0], ["earlier this week", 0], ["past week", -1]]),
  monthOffsets: new Map([["next month", 1], ["last month", -1], ["this month", 0], ["earlier this month", 0], ["past month", -1]]),
  yearOffsets: new Map([["next year", 1], ["last year", -1], ["this year", 0], ["earlier this year", 0], ["past year", -1]]),
  monthParts: new Map([["early", 5], ["mid", 15], ["middle of", 15], ["late", 25], ["end of", 28], ["beginning of", 3], ["start of", 3]]),
  dayBeforeMonth: false,
  pastVerbs: {
    endings: ["ed"],
    forms: [
      "was", "were", "had", "did", "said", "told", "went", "came", "took", "made", "gave", "found", "held", "met", "began", "won", "lost",
      "left", "saw", "got", "ran", "sent", "led", "fell", "rose", "struck", "spoke", "wrote", "built", "brought", "bought", "thought",
      "kept", "felt", "became", "broke", "chose", "drew", "drove", "flew", "fought", "froze", "grew", "heard", "hit", "knew", "laid",
      "meant", "paid", "quit", "read", "rode", "rang", "sank", "sat", "sold", "shot", "shut", "stood", "stole", "swore", "taught",
      "threw", "understood", "woke", "wore", "caught", "fled", "sought", "spent", "swept", "tore", "withdrew", "shook", "hung", "fed", "lit",
      "dealt", "overcame", "slid", "wept", "bled", "ago", "since",
    ],
  },
  futureCues: ["will", "is due to", "are due to", "is expected to", "are expected to", "is scheduled to", "are scheduled to", "is set to", "are set to", "plans to", "plan to", "is planning to", "are planning to", "is to", "are to", "shall", "upcoming", "next"],
  reportedFutureCues: ["would"],
  reportedFuturePerfect: ["have"],
  dayParts: ["morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "overnight"],
};
