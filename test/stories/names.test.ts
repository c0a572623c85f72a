import assert from "node:assert/strict";
import { test } from "node:test";
import { nameKey, sameName } from "../../src/lang/names.js";

test("names written in Cyrillic and Latin get the same key", () => {
  for (const [ru, en] of [["Мадуро", "Maduro"], ["Веласкес", "Velásquez"], ["Цзиньпин", "Jinping"], ["Чавес", "Chávez"], ["Гамбург", "Hamburg"], ["Зеленский", "Zelensky"]]) {
    assert.equal(nameKey(ru!), nameKey(en!), `${ru} / ${en}`);
    assert.notEqual(nameKey(ru!), "");
  }
});

test("full names match across scripts, different people do not", () => {
  assert.ok(sameName("Си Цзиньпин", "Xi Jinping"));
  assert.ok(sameName("Рамон Селестино Веласкес", "Ramón Celestino Velásquez"));
  assert.ok(!sameName("Biden", "Putin"));
  assert.ok(!sameName("Maduro", "Merkel"));
});
