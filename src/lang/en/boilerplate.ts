import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(leave a (comment|reply)|share (this|on)\b.*|read more|accept( all)?( cookies)?|subscribe( now)?)$/i,
    /\bcookies?\b.*\b(accept|consent|opt[- ]out|experience)\b/i,
    /^this site uses akismet/i,
  ],
  tailMarkers: [/^(related (posts|articles|stories)|you may also like|more (from|on) .{0,40}|read next)$/i],
};
