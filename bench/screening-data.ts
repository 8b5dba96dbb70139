// Made-up list data for the screening bench: a deterministic OpenSanctions-style FtM JSON-lines
// file of `count` parties (Latin company and person names, a third with a Han alias), padded to a
// target size with a notes property, and names to screen (half of them listed, written differently).
const SYLLABLES = [
  "bri",
  "wa",
  "kes",
  "trel",
  "har",
  "bour",
  "lum",
  "ven",
  "tor",
  "qua",
  "sil",
  "dra",
  "mon",
  "zen",
  "pal",
  "vor",
  "nex",
  "ola",
  "tri",
  "sar",
  "cal",
  "dor",
  "fen",
  "gal",
  "hol",
  "jor",
  "kal",
  "lin",
  "mar",
  "nor",
];
const WORDS = [
  "Analytics",
  "Maritime",
  "Consulting",
  "Surveying",
  "Logistics",
  "Aviation",
  "Minerals",
  "Optics",
  "Dynamics",
  "Robotics",
  "Energy",
  "Marine",
  "Precision",
  "Instruments",
  "Metals",
  "Telecom",
];
const GENERIC = ["Technology", "International", "Trading", "Group", "Holdings", "Industrial", ""];
const FORMS = ["Co., Ltd.", "LLC", "GmbH", "Ltd", "Inc.", "JSC", ""];
const HAN = "星海测绘华宇恒通达安康泰盛远东方明光辉金银铜铁航天空港湾龙凤云雷电信息数据科研".split("");
const GIVEN = ["Lihua", "Wei", "Jun", "Mei", "Hao", "Anna", "Ivan", "Omar", "Sara", "Yuki"];
const SURNAMES = ["Wang", "Zhang", "Petrov", "Haddad", "Tanaka", "Smith", "Garcia", "Novak"];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Party = { name: string; han?: string; person: boolean };

export function makeParties(count: number, seed = 16): Party[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.5 ? pick(SYLLABLES) : "");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, () => {
    if (r() < 0.2) return { name: `${pick(SURNAMES)} ${pick(GIVEN)} ${word()}`, person: true };
    const name = [word(), pick(WORDS), pick(GENERIC), pick(FORMS)].filter(Boolean).join(" ");
    const han =
      r() < 0.33
        ? Array.from({ length: 4 + Math.floor(r() * 4) }, () => pick(HAN)).join("") + "有限公司"
        : undefined;
    return { name, han, person: false };
  });
}

/** FtM JSON lines, each padded so the whole file is about `bytes` long. */
export function ftmFile(parties: Party[], bytes: number): string {
  const pad = Math.max(0, Math.floor(bytes / parties.length) - 260);
  const notes = "x".repeat(pad);
  return parties
    .map((p, i) =>
      JSON.stringify({
        id: `bench-${i}`,
        schema: p.person ? "Person" : "Company",
        target: true,
        datasets: ["bench"],
        properties: { name: [p.name], alias: p.han ? [p.han] : [], country: ["xx"], notes: [notes] },
      }),
    )
    .join("\n");
}

/** Names to screen: half are listed parties written differently (order, company form), half are not. */
export function queries(parties: Party[], count: number, seed = 61): string[] {
  const r = random(seed);
  const others = makeParties(count, seed + 1);
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 1) return others[i]!.name;
    const p = parties[Math.floor(r() * parties.length)]!;
    if (p.han && r() < 0.5) return p.han.replace("有限公司", "股份有限公司");
    const words = p.name.replace(/ (Co\., Ltd\.|LLC|GmbH|Ltd|Inc\.|JSC)$/, "").split(" ");
    return [...words.slice(1), words[0]].join(" ") + " Limited";
  });
}
