import assert from "node:assert/strict";
import { test } from "node:test";
import { createLanguages, languages } from "../../src/lang/index.js";
import { readText } from "../../src/text/index.js";
import { sentenceRules, splitSentences } from "../../src/text/sentences.js";

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
    // No pack knows these scripts' languages: every pack's abbreviations apply, as to any text of a language none knows.
    const texts = (t: string): string[] => splitSentences(t, sentenceRules("und", languages())).map((s) => s.text);
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

test("which words end no sentence is each language's knowledge: German ordinal days and 'Nr.', Russian 'т. е.', English titles", () => {
  const texts = (t: string, language: string): string[] => splitSentences(t, sentenceRules(language, languages())).map((s) => s.text);
  // A German day's ordinal before a month: "am 16. Oktober" is a date, and "Nr. 4" a number.
  assert.deepEqual(texts("Die Fähre sank am 16. Oktober vor Hollen. Sie lag an Pier Nr. 4 fest.", "de"), ["Die Fähre sank am 16. Oktober vor Hollen.", "Sie lag an Pier Nr. 4 fest."]);
  // In English a number before a full stop ends the sentence, whatever word follows: "Mai" is a name here, not May.
  assert.deepEqual(texts("The council voted 12 to 3. Mai Lindqvist abstained.", "en"), ["The council voted 12 to 3.", "Mai Lindqvist abstained."]);
  assert.deepEqual(texts("Паром, т. е. Звезда Балтики, затонул. Все спасены.", "ru"), ["Паром, т. е. Звезда Балтики, затонул.", "Все спасены."]);
  // A title listed in lower case ends none where it opens a sentence with a capital (Polish "prof.", "dr").
  assert.deepEqual(texts("Wybuch był silny. Prof. Nowak powiedział, że port zamknięto.", "pl"), ["Wybuch był silny.", "Prof. Nowak powiedział, że port zamknięto."]);
  assert.deepEqual(texts("Il Dr. Rossi ha detto che il porto è chiuso.", "it"), ["Il Dr. Rossi ha detto che il porto è chiuso."]);
  assert.deepEqual(texts("Mr. Brekke and Sen. Holm met at the pier. They agreed.", "en"), ["Mr. Brekke and Sen. Holm met at the pier.", "They agreed."]);
  // A language's citation titles end none either ("Prof." in German).
  assert.deepEqual(texts("Prof. Weber sprach. Dann ging er.", "de"), ["Prof. Weber sprach.", "Dann ging er."]);
});
