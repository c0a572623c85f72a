import type { FramingKnowledge } from "../types.js";

/**
 * Words that judge rather than describe, matched as word prefixes so inflections count
 * ("regime", "regimes"). Kept to terms whose neutral alternative is obvious.
 */
export const framing: FramingKnowledge = {
  loadedTerms: [
    "dictator", "dictatorship", "regime", "tyrant", "despot", "autocrat", "strongman", "puppet", "thug", "junta",
    "terrorist", "extremist", "radical", "militant", "invasion", "aggression", "aggressor", "occupier", "occupation",
    "propaganda", "scaremonger", "warmonger", "crackdown", "brutal", "cronies", "henchm", "illegitimate",
    "frightened", "scared", "desperate", "panicked", "humiliat", "notorious", "so-called", "rogue", "corrupt",
    "lackey", "stooge", "bloodthirsty", "criminal", "genocid", "massacre", "slaughter", "mouthpiece",
  ],
  labels: [
    "president", "leader", "dictator", "strongman", "head of state", "prime minister", "minister", "spokeswoman",
    "spokesman", "spokesperson", "lawmaker", "senator", "official", "general", "commander", "ruler", "autocrat",
    "tyrant", "despot", "chairman", "chief", "regime", "government", "administration", "mayor", "governor",
    "secretary", "ambassador", "coach", "judge", "deputy", "director", "ceo", "founder", "king", "queen", "prince",
    "pope", "chancellor", "rep.", "sen.", "gov.", "mr.", "mrs.", "ms.", "dr.",
  ],
};
