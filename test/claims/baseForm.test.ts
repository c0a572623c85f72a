import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { baseForm } from "../../src/claims/baseForm.js";
import { entities } from "../../src/lang/ru/entities.js";

const cases = entities.nameCases!;

describe("a Russian person's name in its base form", () => {
  it("puts a man's name in the nominative when a form shows he is a man", () => {
    assert.equal(baseForm("Юрия Лужкова", ["Юрия Лужкова", "Лужков"], cases), "Юрий Лужков");
    assert.equal(baseForm("Юрием Лужковым", ["Юрием Лужковым"], cases), "Юрий Лужков");
    assert.equal(baseForm("Ивана Петровского", ["Ивана Петровского"], cases), "Иван Петровский");
    assert.equal(baseForm("Марка Уэббера", ["Марка Уэббера"], cases), "Марк Уэббер", "both words in a man's genitive, a surname no woman shares");
  });

  it("puts a woman's name in the nominative when a form shows she is a woman", () => {
    assert.equal(baseForm("Марии Захаровой", ["Марии Захаровой"], cases), "Мария Захарова");
    assert.equal(baseForm("Анны Ивановой", ["Анны Ивановой", "Ивановой"], cases), "Анна Иванова");
  });

  it("leaves a name as written when nothing shows the gender, or it is already in its base form", () => {
    assert.equal(baseForm("Мария Захарова", ["Мария Захарова"], cases), "Мария Захарова", "-ова is a woman's nominative or a man's genitive");
    assert.equal(baseForm("Никита Михалков", ["Никита Михалков"], cases), "Никита Михалков");
  });
});
