/** Articles written for these tests (no third-party text): one story told several ways, and near misses. */
import type { Article } from "../../src/model.js";

export function article(id: string, text: string, fields: Partial<Article> = {}): Article {
  return { id, path: `${id}.txt`, url: null, outlet: null, title: null, byline: null, published: null, language: "en", text, removed: [], warnings: [], ...fields };
}

/** A dam story, as a wire report. */
export const DAM_REPORT = [
  "Engineers at the Karvela dam in Ostrovia opened all 12 spillway gates on Tuesday after the reservoir rose 4.5 metres in two days, the regional water authority said.",
  "The authority's director, Mirela Dvorakova, said 3,400 residents of Lindau and Petrovac had been told to move to higher ground before the evening.",
  "Inflow reached 2,850 cubic metres per second, almost twice the previous record set in 2009, according to data published by the authority.",
  "Prime Minister Tomas Halvorsen cancelled a visit to Brussels and flew to Lindau, where he met rescue teams and promised 40 million euros for repairs.",
  "Hydrologists at the University of Marburg warned that the Sava tributaries would keep rising until Thursday as more rain was forecast for the mountains.",
  "The Karvela dam, completed in 1978, holds 310 million cubic metres of water and supplies electricity to about 200,000 homes.",
].join("\n\n");

/** The same report reworded sentence by sentence, facts in the same order. */
export const DAM_REWRITE = [
  "All 12 spillway gates at Ostrovia's Karvela dam were opened by engineers on Tuesday, after water in the reservoir climbed 4.5 metres in just two days, according to the regional water authority.",
  "Mirela Dvorakova, who directs the authority, said that 3,400 people living in Lindau and Petrovac had been ordered to higher ground before nightfall.",
  "According to figures the authority released, inflow hit 2,850 cubic metres per second, nearly double the earlier record from 2009.",
  "Tomas Halvorsen, the prime minister, called off a trip to Brussels and travelled to Lindau to meet rescue teams, pledging 40 million euros for repair work.",
  "With more rain expected in the mountains, hydrologists from Marburg University cautioned that the Sava tributaries would continue rising until Thursday.",
  "Completed in 1978, the Karvela dam stores 310 million cubic metres of water and powers roughly 200,000 homes.",
].join("\n\n");

/** The same report in Russian, sentence by sentence. */
export const DAM_TRANSLATION = [
  "Инженеры на плотине Карвела в Островии во вторник открыли все 12 водосбросных затворов после того, как уровень водохранилища за два дня поднялся на 4,5 метра, сообщило региональное управление водных ресурсов.",
  "Директор управления Мирела Дворакова заявила, что 3400 жителям Линдау и Петроваца велели до вечера подняться на возвышенность.",
  "Приток достиг 2850 кубометров в секунду, почти вдвое больше прежнего рекорда 2009 года, следует из данных управления.",
  "Премьер-министр Томас Хальворсен отменил визит в Брюссель и прилетел в Линдау, где встретился со спасателями и пообещал 40 миллионов евро на ремонт.",
  "Гидрологи Марбургского университета предупредили, что притоки Савы будут подниматься до четверга, так как в горах ожидаются новые дожди.",
  "Плотина Карвела, построенная в 1978 году, вмещает 310 миллионов кубометров воды и снабжает электричеством около 200 000 домов.",
].join("\n\n");

/** An independent report of the same flood: same people and numbers, its own words and order. */
export const DAM_INDEPENDENT = [
  "Residents of Lindau spent Tuesday night in school gyms and church halls as the river below the Karvela dam spilled into the old town.",
  "\"We left with the clothes we had on,\" said Ana Kovac, a baker whose shop on the river front was under a metre of water by midnight.",
  "Police said about 3,400 people from Lindau and nearby Petrovac had left their homes, most of them staying with relatives further up the valley.",
  "Prime Minister Tomas Halvorsen visited an evacuation centre and said the government would find 40 million euros to repair the damage.",
  "Critics in parliament said warnings about the ageing dam, built in 1978, had been ignored for a decade by successive governments in Ostrovia.",
  "Forecasters expect the rain to ease by the weekend, but the water authority said the spillway gates would stay open until Thursday at least.",
].join("\n\n");

/** A different story that shares the country and the prime minister: a budget vote. */
export const BUDGET_VOTE = [
  "Ostrovia's parliament approved the 2026 budget by 88 votes to 61 on Friday after a nine-hour debate over pension reform.",
  "Prime Minister Tomas Halvorsen said the plan would cut the deficit to 2.1 percent of output while raising pensions by 6 percent from January.",
  "Opposition leader Kristof Banek called the budget a gamble and said his party would challenge the pension changes in the constitutional court.",
  "The finance ministry expects economic growth of 2.8 percent next year, helped by exports of machinery and timber to Germany and Austria.",
  "The budget now goes to President Elena Sorvik, who has 15 days to sign it or return it to parliament with objections.",
].join("\n\n");

/** Two earthquakes: the same kind of event, different places, magnitudes and dates. */
export const QUAKE_ONE = [
  "A magnitude 6.4 earthquake struck the coastal province of Valdera in Chile at 03:12 on Monday, the national seismological centre said.",
  "The quake's epicentre was 35 kilometres west of the port city of Quilamar at a depth of 22 kilometres, and it was felt as far away as Santiago.",
  "Regional governor Paula Echeverria said two people were killed in Quilamar when a wall collapsed, and 48 buildings were damaged.",
  "The navy briefly issued a tsunami warning for the coast between Quilamar and Puerto Senda before lifting it an hour later.",
].join("\n\n");

export const QUAKE_TWO = [
  "A magnitude 5.1 earthquake shook the mountain region of Kashvar in Tajikistan on Thursday evening, the emergency ministry said.",
  "The tremor was centred 12 kilometres north of the town of Rovdan at a depth of 9 kilometres, and several landslides blocked the main highway.",
  "Emergency minister Farid Nazarov said 130 houses were damaged in villages around Rovdan and that 17 people were treated for injuries.",
  "Aftershocks continued through the night, and schools in the district were closed while engineers inspected the buildings.",
].join("\n\n");

/** The dam story told independently in German (same script as English, other language). */
export const DAM_GERMAN = [
  "Am Karvela-Staudamm in Ostrovia haben Ingenieure am Dienstag alle 12 Überlaufschleusen geöffnet, nachdem der Stausee in zwei Tagen um 4,5 Meter gestiegen war.",
  "Rund 3.400 Einwohner von Lindau und Petrovac mussten ihre Häuser verlassen, sagte Mirela Dvorakova von der regionalen Wasserbehörde.",
  "Ministerpräsident Tomas Halvorsen sagte eine Reise nach Brüssel ab und versprach in Lindau 40 Millionen Euro für die Reparaturen.",
  "Nach Angaben von Hydrologen der Universität Marburg werden die Zuflüsse der Sava bis Donnerstag weiter steigen.",
].join("\n\n");

/** The budget vote in German: same country and prime minister as the dam story, another story. */
export const BUDGET_GERMAN = [
  "Das Parlament von Ostrovia hat am Freitag den Haushalt für 2026 mit 88 zu 61 Stimmen verabschiedet.",
  "Ministerpräsident Tomas Halvorsen sagte, das Defizit sinke auf 2,1 Prozent der Wirtschaftsleistung, die Renten stiegen ab Januar um 6 Prozent.",
  "Oppositionsführer Kristof Banek nannte den Haushalt ein Glücksspiel und kündigte eine Klage vor dem Verfassungsgericht an.",
  "Präsidentin Elena Sorvik hat nun 15 Tage Zeit, das Gesetz zu unterschreiben.",
].join("\n\n");

/**
 * The dam story told independently in Polish, names inflected as Polish does (Karvelą,
 * Ostrovii, Mireli Dvorakovej, Tomasa Halvorsena, Lindau, Petrovacu, Marburgu), few numbers:
 * the names must carry it across languages.
 */
export const DAM_POLISH = [
  "Inżynierowie na zaporze Karvela w Ostrovii otworzyli we wtorek wszystkie przelewy, ponieważ poziom zbiornika gwałtownie się podniósł.",
  "Według Mireli Dvorakovej z regionalnego urzędu gospodarki wodnej mieszkańcy Lindau i Petrovacu musieli opuścić domy przed wieczorem.",
  "Premier Tomasa Halvorsena odwołał wizytę w Brukseli i poleciał do Lindau, gdzie spotkał się z ratownikami i obiecał pieniądze na naprawy.",
  "Hydrolodzy z uniwersytetu w Marburgu ostrzegają, że dopływy Sawy będą przybierać do czwartku.",
].join("\n\n");
