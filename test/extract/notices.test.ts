/** A page that is only a cookie or consent banner and a menu is not an article; an article about cookies still is. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extract } from "./extractor.js";

const MENU = `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>`;
const page = (body: string) => `<html><head><title>Example News</title></head><body>${body}</body></html>`;

test("a page of a cookie banner and a menu is rejected with the reason", async () => {
  const banner = `<div class="wrap"><p>We use cookies and similar technologies to improve your experience, to show you personalised content and ads, and to analyse our traffic. By clicking Accept all you agree to this.</p><button>Accept all</button><button>Manage settings</button></div>`;
  await assert.rejects(extract(page(banner + MENU), "html"), /^Error: no article text: only a cookie or consent notice left after removing page chrome$/);
});

test("consent banners in other languages are rejected too", async () => {
  const banners = [
    "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verwendung zu.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
  ];
  for (const banner of banners) await assert.rejects(extract(page(`<div><p>${banner}</p></div>${MENU}`), "html"), /only a cookie or consent notice/);
});

test("a banner beside a few words more is still rejected, and says how many", async () => {
  const body = `<p>We use cookies to improve your experience. By continuing you agree to our cookie policy and privacy settings.</p><p>Weather: sunny, 21 degrees.</p>`;
  await assert.rejects(extract(page(body), "html"), /only a cookie or consent notice and 4 other word\(s\)/);
});

test("an article about cookie consent is an article", async () => {
  const article = `<article><h1>Regulator fines shop over cookie banners</h1>
<p>The data protection authority fined an online shop 40,000 euros on Tuesday because its cookie banner did not let visitors refuse consent as easily as they could accept it.</p>
<p>The shop said it would change the banner within a month.</p></article>`;
  const a = await extract(page(MENU + article), "html");
  assert.match(a.text, /fined an online shop 40,000 euros/);
});
