// The two members of jsdom the benchmark uses (jsdom ships no types; @types/jsdom is not worth a dependency here).
declare module "jsdom" {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { readonly document: Document; close(): void };
  }
}
