import type { StanceKnowledge } from "../types.js";

/**
 * Words by which a text takes a side. Chosen on the FNC-1 tuning half (body IDs ≡ 0 mod 4)
 * from a longer list: words such as "deny" (in 7 disagreeing vs 57 discussing bodies) and
 * "rumor" (12 vs 89) mark neutral reporting more than denial and were dropped from `refuting`.
 */
export const stance: StanceKnowledge = {
  conditionals: ["if", "unless", "whether"],
  refuting: [
    "fake", "false", "falsely", "debunk", "dismiss", "refut", "untrue", "not true", "no evidence", "myth", "bogus",
    "retract", "prank", "doctored", "fabricat", "never happened", "did not happen", "didn't happen",
  ],
  hedging: [
    "reportedly", "allegedly", "alleged", "unconfirmed", "unverified", "rumor", "rumour", "suggest", "speculat",
    "purported", "may ", "might", "if true", "claim",
  ],
  supporting: ["confirm", "officially", "verified"],
  // "could not be independently verified", "has not been confirmed", "didn't confirm", "unverified": a text saying so does not vouch for what it reports.
  unverified: [
    "not confirm", "not verif", "not yet confirm", "not yet verif", "not yet been confirm", "not yet been verif", "not been confirm", "not been verif",
    "not been independently", "not be confirm", "not be verif", "not be independently", "not be immediately confirm", "not be immediately verif",
    "not immediately be confirm", "not immediately be verif", "not immediately confirm", "not immediately verif", "not independently confirm",
    "not independently verif", "not officially confirm", "never confirm", "never verif", "unable to confirm", "unable to verify", "unable to independently",
    "yet to confirm", "yet to be confirm", "yet to verify", "yet to be verif", "cannot confirm", "cannot verify", "cannot independently", "can't confirm",
    "can't verify", "couldn't confirm", "couldn't verify", "couldn't independently", "didn't confirm", "hasn't confirm", "haven't confirm", "wouldn't confirm",
    "declined to confirm", "unconfirmed", "unverified",
  ],
  // Would not or did not answer: a reaction, no claim.
  noComment: ["declined to comment", "declined to … comment", "refused to comment", "did not respond to … request", "did not immediately respond", "didn't respond to … request", "did not return … request", "did not reply to … request", "could not be reached for comment", "not immediately available for comment", "no immediate comment", "declined … request for comment", "not commented", "not yet commented", "not publicly commented", "did not comment", "did not immediately comment", "did not publicly comment", "would not comment", "had no comment", "offered no comment"],
  denials: [
    "denied", "denies", "deny", "denying", "rejected the claim", "rejected reports", "refute", "refuting", "dismissed the report",
    "did not confirm", "didn't confirm", "has not confirmed", "have not confirmed", "would not confirm", "declined to confirm",
    "is not true", "was not true", "are not true", "never happened", "did not happen", "no evidence",
    // Saying another statement is wrong, as verbs only ("contradicting the company's statement that …"; not "a contradiction", "border disputes").
    "contradicting ", "contradicted ", "contradicts ", "disputed that ", "disputes that ", "disputing that ", "disputed the claim", "disputed the report",
  ],
  // What a denial says of its clause's subject follows the first of these ("that the ferry had been overloaded").
  clauseVerbs: ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "did", "does", "do"],
  // What a denial denies ends where a subordinate clause opens ("denied that it was overloaded when it capsized").
  subordinators: ["when", "after", "before", "because", "while", "although", "though", "since", "until", "whereas", "unless", "once"],
  negations: [
    "not", "never", "no", "nothing", "none", "neither", "nor", "n't", "cannot", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
    "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't",
  ],
  notNegating: [
    "no more than", "no less than", "no fewer than", "no later than", "no sooner", "not only", "not just", "not least", "no doubt", "no surprise",
    "no wonder", "not to mention", "nothing but", "none other than",
    // Not knowing yet is no denial: "It is not yet known what caused the ferry to capsize."
    "not known", "not yet known", "not immediately known", "not clear", "not yet clear", "not immediately clear", "not yet been determined",
    "not been determined", "not immediately available",
  ],
  reportNouns: ["story", "stories", "article", "articles", "claim", "claims", "account", "allegation", "allegations", "reporting"],
  rejecting: ["reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing"],
  // Refusing makes a claim negative: asserted only by a text that negates or refuses too.
  refusals: ["refused", "refuses", "refuse", "refusing", "declined to", "declines to", "decline to", "declining to"],
  infinitiveMarkers: ["to"],
  intentVerbs: [
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "plan", "plans", "planned", "planning", "want", "wants", "wanted",
    "expect", "expects", "expected", "agree", "agrees", "agreed", "promise", "promises", "promised", "pledge", "pledges", "pledged",
    "vow", "vows", "vowed", "hope", "hopes", "hoped", "intend", "intends", "intended", "threaten", "threatens", "threatened",
    "demand", "demands", "demanded", "request", "requests", "requested", "seek", "seeks", "sought", "wish", "wishes", "wished",
    "offer", "offers", "offered", "aim", "aims", "aimed", "due", "set", "likely", "called", "calls", "pressed", "pressured",
  ],
  // A judgement, guess or wish: a sentence that is someone's words holding one, and no number, is an opinion, no claim.
  opinionCues: ["i think", "i believe", "i feel", "we think", "we believe", "i hope", "we hope", "in my view", "in my opinion", "seems", "seem", "likely", "unlikely", "probably", "perhaps", "maybe"],
};
