import assert from "node:assert/strict";
import { test } from "node:test";
import { createLanguages, languages } from "../../src/lang/index.js";
import { readText } from "../../src/text/index.js";
import { splitSentences } from "../../src/text/sentences.js";

const article = { text: "The ministers met in Brussels. They agreed on 5,000 tonnes of aid.", language: "en" };

test("readText: sentences and tokens with exact offsets, stems and values from the languages given", () => {
  const layer = readText(article, languages(["en"]));
  assert.deepEqual(layer.sentences.map((s) => s.text), ["The ministers met in Brussels.", "They agreed on 5,000 tonnes of aid."]);
  for (const t of layer.tokens) assert.equal(article.text.slice(t.start, t.end), t.surface);
  const ministers = layer.tokens.find((t) => t.lower === "ministers")!;
  assert.equal(ministers.stem, "minist");
  assert.equal(layer.tokens.find((t) => t.kind === "number")!.value, 5000);
  assert.ok(layer.tokens.find((t) => t.lower === "the")!.stop);
});

test("readText: a pack's own word knowledge is what the layer stems with, per Languages value", () => {
  const en = languages(["en"]).pack("en")!;
  const own = createLanguages([{ ...en, words: { stopwords: new Set(["met"]), stem: (w) => w.slice(0, 3) } }]);
  const layer = readText(article, own);
  assert.equal(layer.tokens.find((t) => t.lower === "ministers")!.stem, "min");
  assert.ok(layer.tokens.find((t) => t.lower === "met")!.stop);
  assert.ok(!layer.tokens.find((t) => t.lower === "the")!.stop);
  // The registered languages still read with the libraries' stemmer.
  assert.equal(readText(article, languages()).tokens.find((t) => t.lower === "ministers")!.stem, "minist");
});

test("readText: a word written with a curly apostrophe is the stop word written with a straight one", () => {
  const tokens = readText({ text: "It’s what it's.", language: "en" }, languages()).tokens;
  assert.deepEqual(tokens.map((t) => [t.lower, t.stop]), [["it’s", true], ["what", true], ["it's", true]]);
});

test("sentences of scripts without capitals end at Arabic, Devanagari and full-width marks, as at a full stop before a capital", () => {
    const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);
    // Arabic has no capitals: a full stop or "؟" before any letter ends the sentence.
    assert.deepEqual(texts("انتهت هيئة الإسعاف من دفن جثمان السائق بالقاهرة. ووصل الجثمان إلى قريته؟ نعم وصل."), [
      "انتهت هيئة الإسعاف من دفن جثمان السائق بالقاهرة.",
      "ووصل الجثمان إلى قريته؟",
      "نعم وصل.",
    ]);
    assert.deepEqual(texts("नदी का जलस्तर बढ़ गया। पुलिस ने लोगों को हटाया।"), ["नदी का जलस्तर बढ़ गया।", "पुलिस ने लोगों को हटाया।"]);
    // A short word before a period is an abbreviation or an initial ("Dr.", "M. K.").
    assert.deepEqual(texts("डॉ. राम शर्मा ने कहा कि बाढ़ आई। एम. के. गांधी ने यात्रा की।"), ["डॉ. राम शर्मा ने कहा कि बाढ़ आई।", "एम. के. गांधी ने यात्रा की।"]);
    // Chinese and Japanese start the next sentence without a space; a quotation's mark ends the quotation, not the sentence.
    assert.deepEqual(texts("救援队周二找到了三名冲浪者。警方说搜索仍在继续！"), ["救援队周二找到了三名冲浪者。", "警方说搜索仍在继续！"]);
    assert.deepEqual(texts("“我们会继续搜索。”警方说。「搜索は続く。」と警察は述べた。"), ["“我们会继续搜索。”警方说。", "「搜索は続く。」と警察は述べた。"]);
    assert.deepEqual(texts("真的？! 是的。"), ["真的？!", "是的。"]);
    // Latin script as before: a lowercase word after a period, or an abbreviation, goes on.
    assert.deepEqual(texts("The U.S. port said on Monday. It was fine, e.g. dry. Mr. Brekke agreed."), ["The U.S. port said on Monday.", "It was fine, e.g. dry.", "Mr. Brekke agreed."]);
});
