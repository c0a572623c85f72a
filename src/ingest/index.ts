export { readInputs, streamInputs, parseBytes, looksLikeHtml } from "./readInputs.js";
export type { IngestResult, InputSource } from "./readInputs.js";
export { decodeBytes, repairMojibake, isValidUtf8 } from "./decode.js";
