import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(compartir( en .*)?|leer más|lee también|deja un comentario|suscríbete|aviso legal)$/i,
    /\bcookies?\b.*\b(aceptar|consentimiento|utiliza)/i,
  ],
  tailMarkers: [/^(noticias relacionadas|artículos relacionados|te puede interesar|también te puede interesar|comentarios)$/i],
  bylinePrefixes: [/^(por)\s+/i],
  creditPatterns: [/^(foto|fotografía|crédito)\s?:\s/i],
};
