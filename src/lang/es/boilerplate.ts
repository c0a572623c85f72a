import type { BoilerplateKnowledge } from "../types.js";

export const boilerplate: BoilerplateKnowledge = {
  blockPatterns: [
    /^(compartir( en .*)?|leer más|lee también|deja un comentario|suscríbete|aviso legal)$/i,
    /\bcookies?\b.*\b(aceptar|consentimiento|utiliza)/i,
  ],
  tailMarkers: [/^(noticias relacionadas|artículos relacionados|te puede interesar|también te puede interesar|comentarios)$/i],
  prompts: [
    /^(s[ií]guenos|sigue a (\p{Lu}[\p{L}.'’-]*\s?){1,3}) en (twitter|x|facebook|instagram)\b/iu,
    /^(suscr[ií]bete|s[ií]guenos|[úu]nete|desc[áa]rga(te)? (nuestra|la) app|¿ya sab[ií]as que|puedes? escribirnos|recibe (nuestro|nuestras|las)|ap[óo]yanos)/i,
    /^(mira|lee (también|además)|lea también|te recomendamos|le puede interesar|podr[ií]a interesarte|tambi[ée]n puedes leer)\s?:/i,
  ],
  edgeNotes: [
    /^(\p{Lu}[\p{L}.'’-]*\s){1,3}es ([\p{L}-]+\s){0,3}(periodista|redactor(a)?|corresponsal|columnista|reportero|reportera|fot[óo]grafo)\b/u,
    /^este art[ií]culo (fue|ha sido) publicado (originalmente|primero)/i,
  ],
  notices: [/^(?=.*\bcookies?\b)(?=.*\b(acept|consentimiento|privacidad|configura|preferencias|socios))/is],
  bylinePrefixes: [/^(por)\s+/i],
  creditPatterns: [/^(foto|fotografía|crédito)\s?:\s/i],
};
