/**
 * Turkish: the verb of saying closes the sentence and its speaker opens it, sources come before
 * a postposition, and case endings follow a name after an apostrophe. Fictional sentences.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntityMentions } from "../../src/claims/entities.js";
import { findValues } from "../../src/claims/numbers.js";
import { findDates } from "../../src/claims/timeline.js";
import { languages } from "../../src/lang/index.js";
import { readText } from "../../src/text/index.js";
import { article, cite } from "./fixtures.js";

const sources = (text: string): string[] => cite(text, "tr").citations.map((c) => c.source);

describe("Turkish", () => {
  it("reads the speaker opening a sentence whose verb of saying closes it, set off by a comma", () => {
    assert.deepEqual(sources("Liman Başkanı Jonas Brekke, iskelenin pazartesi günü kapanacağını söyledi."), ["Jonas Brekke"]);
    assert.deepEqual(sources("Yetkililer, feribotun sabah saatlerinde limana döndüğünü açıkladı."), ["Yetkililer"]);
  });

  it("takes no speaker from a day before the comma, nor from the words right before the verb", () => {
    assert.deepEqual(sources("Dün akşam, yolcuların otele gönderildiğini söyledi."), []);
    assert.deepEqual(sources("Feribotun iskeleye çarptığını söyledi."), []);
  });

  it("reads a noun sources are named by opening the sentence as its subject without a comma, in the subject's case only", () => {
    assert.deepEqual(sources("Bu arada liman görevlileri geminin altında duman gördüğünü söyledi."), ["liman görevlileri"]);
    assert.deepEqual(sources("Hastane yetkilisi durumu Kestria polisine bildirdi."), ["Hastane yetkilisi"]);
    // "Polise" (to the police) is no subject: the dative names who was told.
    assert.deepEqual(sources("Polise gelen vatandaşlar geminin battığını söyledi."), []);
    // Opening the sentence alone, a possessive ending is an object's accusative too; a noun doing nothing else is not read.
    assert.deepEqual(sources("Polisi arayan vatandaşlar yangını gördüklerini söyledi."), []);
    assert.deepEqual(sources("Yetkilileri suçlayan aileler yardımın geç geldiğini söyledi."), []);
    assert.deepEqual(sources("Açıklama yapan vali yangının söndürüldüğünü söyledi."), []);
    // A day, a participle or a place before the noun says nothing of whose it is; a role after it is who speaks.
    assert.deepEqual(sources("Dün akşam polis olayın kaza olduğunu açıkladı."), ["polis"]);
    assert.deepEqual(sources("Sabah saatlerinde polis yangının söndürüldüğünü söyledi."), ["polis"]);
    assert.deepEqual(sources("Olay yerini arayan polis ekipleri yangının söndürüldüğünü söyledi."), ["polis"]);
    assert.deepEqual(sources("Kestria'da polis olayın kaza olduğunu açıkladı."), ["polis"]);
    assert.deepEqual(sources("Emniyet yetkilisi olayın kaza olduğunu söyledi."), ["Emniyet yetkilisi"]);
  });

  it("reads a source before 'göre' without its case ending", () => {
    assert.deepEqual(sources("Kestria Herald'a göre feribot limana döndü."), ["Kestria Herald"]);
    assert.deepEqual(sources("Polise göre iskele kapandı."), ["Polise"], "a common noun keeps its fused ending: no apostrophe to cut at");
    assert.deepEqual(sources("Hollen Limanı'ndan aldığımız bilgiye göre, feribot sağlam."), ["Hollen Limanı"], "the name the information comes from ('-dan'), not the words after it");
  });

  it("reads 'in the statement made by X' ('X'ten yapılan açıklamada'), not a place or a possessor", () => {
    assert.deepEqual(sources("Kestria Feribotları'ndan yapılan açıklamada yolcuların güvende olduğu belirtildi."), ["Kestria Feribotları"]);
    assert.deepEqual(sources("Hollen'de yapılan açıklamada iskelenin kapatıldığı bildirildi."), [], "a place's case is where, not who");
    assert.deepEqual(sources("Yılmaz, Hollen'de gazetecilere yaptığı açıklamada iskelenin kapatıldığını söyledi."), ["Yılmaz"]);
    assert.ok(!sources("Brekke'nin danışmanına göre iskele kapandı.").includes("Brekke"), "the adviser speaks, not Brekke");
  });

  it("takes no adverbial, time or place before the comma for a speaker", () => {
    for (const text of ["Öte yandan, iskelenin kapandığını söyledi.", "Geçen hafta, Bakan Yılmaz iskelenin kapandığını açıkladı.", "Hollen'de, iskelenin kapandığını söyledi."])
      assert.deepEqual(sources(text).filter((s) => !/Yılmaz/.test(s)), [], text);
  });

  it("ends a name at a case ending and leaves the ending out ('Brekke'nin Hollen'deki')", () => {
    const a = article("tr1", "Brekke'nin Hollen'deki toplantısı dün iptal edildi.", "tr");
    const layer = readText(a, languages());
    assert.deepEqual(findEntityMentions(a, layer.sentences, layer, languages()).map((m) => m.text), ["Brekke", "Hollen"]);
  });

  it("reads counts with their multipliers and units", () => {
    const values = findValues("Şirket 2 milyon lira ödeyecek ve 120 kişi tahliye edildi.", "tr", languages()).map((v) => [v.value, v.unit]);
    assert.deepEqual(values, [[2e6, "TRY"], [120, "people"]]);
    const percents = findValues("Enflasyon yüzde 5 arttı, işsizlik %12,5 oldu.", "tr", languages()).map((v) => [v.value, v.unit]);
    assert.deepEqual(percents, [[5, "%"], [12.5, "%"]], "the percent word or sign before the number");
  });
  it("dates a weekday by the verb after it, which says whether it is past or to come", () => {
    const a = { ...article("tr2", "Liman yönetimi, pazartesi günü yeni bir açıklama yapılacağını duyurdu. Geçen hafta limanda iki kişi ağır yaralandı ve hastaneye kaldırıldı. Bakan Yılmaz, cuma günü gazetecilere yaptığı açıklamada iskelenin gelecek ay açılacağını söyledi.", "tr", "2020-02-16") };
    const layer = readText(a, languages());
    const dated = findDates(a, layer.sentences, languages()).map((d) => [d.expression, d.date]);
    assert.deepEqual(dated.slice(0, 3), [["pazartesi", "2020-02-17"], ["Geçen hafta", "2020-02-09"], ["cuma", "2020-02-14"]], "a statement made on Friday, whatever it says of next month");
  });
});
