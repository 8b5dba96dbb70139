// Party matching for earlier engagements (lib/register): the name of a party in an earlier
// assessment against the name typed now. `match: true` rows are the same party (pinyin and Han,
// traditional and simplified, company forms, word order, a spelling variant); `match: false` rows
// are near misses that must not be offered (another company sharing a word, a different
// character, generic words only). Test data: `npm run bench` prints precision and recall over it,
// lib/register/register-index.test.ts holds the matcher to them. Every name is made up.

export interface PartyPair {
  earlier: string;
  now: string;
  match: boolean;
  why: string;
}

export const PARTY_PAIRS: readonly PartyPair[] = [
  // Same party.
  {
    earlier: "Huawei Technologies Co., Ltd.",
    now: "华为技术有限公司",
    match: true,
    why: "pinyin ↔ Han, company form",
  },
  {
    earlier: "北京华为技术有限公司",
    now: "北京華為技術有限公司",
    match: true,
    why: "traditional characters",
  },
  {
    earlier: "深圳市星河数据科技有限公司",
    now: "深圳市星河數據科技有限公司",
    match: true,
    why: "traditional characters",
  },
  {
    earlier: "东方测量技术有限公司",
    now: "東方測量技術有限公司",
    match: true,
    why: "traditional characters",
  },
  {
    earlier: "Zhongyuan Rail Survey Co., Ltd.",
    now: "Rail Survey Zhongyuan Limited",
    match: true,
    why: "word order, company form",
  },
  { earlier: "Brightwave Analytics GmbH", now: "Brightwave Analytics Ltd.", match: true, why: "GmbH vs Ltd" },
  {
    earlier: "Northgate Consulting LLC",
    now: "NORTHGATE CONSULTING",
    match: true,
    why: "case, company form",
  },
  {
    earlier: "Meridian Field Research Pte. Ltd.",
    now: "Meridian Field Research Limited",
    match: true,
    why: "Pte. Ltd. vs Limited",
  },
  {
    earlier: "Jinan Kaiyuan Trading Company",
    now: "Kaiyuan Trading (Jinan) Co Ltd",
    match: true,
    why: "word order, brackets",
  },
  { earlier: "Zhang Wei", now: "张伟", match: true, why: "personal name, pinyin ↔ Han" },
  { earlier: "Wei Zhang", now: "Zhang Wei", match: true, why: "given name first" },
  { earlier: "李小明", now: "Li Xiaoming", match: true, why: "personal name, Han ↔ pinyin" },
  { earlier: "Orion Geodata S.A.", now: "Orion Geodata SA", match: true, why: "company form punctuation" },
  {
    earlier: "Blue Harbor Logistics Inc.",
    now: "Blue Harbour Logistics Inc",
    match: true,
    why: "spelling variant",
  },
  {
    earlier: "Kestrel Maritime Services Ltd",
    now: "Kestrel Maritime Services Limited",
    match: true,
    why: "Ltd vs Limited",
  },
  {
    earlier: "Sunrise Overseas Holdings Limited",
    now: "SUNRISE OVERSEAS HOLDINGS LTD",
    match: true,
    why: "case, company form",
  },
  {
    earlier: "Geo Insight Global Partners",
    now: "Global Geo Insight Partners LP",
    match: true,
    why: "word order, LP",
  },
  {
    earlier: "Hengtai Survey Co., Ltd.",
    now: "恒泰勘测有限公司",
    match: true,
    why: "brand in pinyin, 勘测 translated",
  },
  { earlier: "Xinghe Data", now: "星河数据", match: true, why: "pinyin ↔ Han, two words" },
  { earlier: "Tianyuan", now: "天元", match: true, why: "one-word brand, pinyin ↔ Han" },
  {
    earlier: "Harbin Polar Instruments Co.",
    now: "Polar Instruments Harbin",
    match: true,
    why: "word order, company form",
  },
  {
    earlier: "Atlas Marine Surveys Ltd",
    now: "Atlas Marine Survey Limited",
    match: true,
    why: "plural, company form",
  },
  // Near misses.
  {
    earlier: "Huawei Technologies",
    now: "Huaxin Technologies",
    match: false,
    why: "another brand, same generic word",
  },
  {
    earlier: "Brightwave Analytics",
    now: "Brightline Analytics",
    match: false,
    why: "another brand, shared prefix",
  },
  {
    earlier: "Zhongyuan Rail Survey",
    now: "Zhongyuan Energy Holdings",
    match: false,
    why: "one shared word of three",
  },
  {
    earlier: "Beijing Technology Co",
    now: "Shanghai Technology Co",
    match: false,
    why: "generic words and another city",
  },
  { earlier: "星河数据科技", now: "星辰数据科技", match: false, why: "one character differs" },
  { earlier: "Zhang Wei", now: "Zhang Min", match: false, why: "same surname only" },
  {
    earlier: "Northgate Consulting",
    now: "Northgate Capital Partners International Holdings",
    match: false,
    why: "one word of a longer name",
  },
  { earlier: "Rosneft", now: "Rosneftegaz", match: false, why: "a name inside a longer word" },
  { earlier: "Orion Geodata", now: "Orion Geodesy Services", match: false, why: "similar second word" },
  { earlier: "Meridian Field Research", now: "Meridian Foods", match: false, why: "one shared word" },
  { earlier: "Kestrel Maritime", now: "Kestrel Aviation", match: false, why: "one shared word" },
  { earlier: "李小明", now: "李晓明", match: false, why: "a different character with the same sound" },
  {
    earlier: "Pacific Data Services",
    now: "Atlantic Data Services",
    match: false,
    why: "generic words only in common",
  },
  { earlier: "Blue Harbor Logistics", now: "Red Harbor Logistics", match: false, why: "colour word differs" },
];
