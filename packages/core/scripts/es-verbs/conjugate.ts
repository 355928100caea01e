// Build-time Spanish conjugator for the verb tables of `src/text/morphology/es/verbs.data.ts`.
// Regular endings + stem-change classes + spelling changes + a table of irregular verbs.
import { stripAccents, syllableCount } from "../../src/lang/es/morphology/stress.js";

/** Six persons: yo, tú, él/usted, nosotros, vosotros, ellos/ustedes. */
export type Six = readonly [string, string, string, string, string, string];

export interface Paradigm {
  readonly pres: Six;
  readonly subj: Six;
  readonly pret: Six;
  readonly imperf: Six;
  readonly fut: Six;
  readonly cond: Six;
  readonly imp2s: string;
  readonly imp2p: string;
  readonly vos: string;
  readonly gerund: string;
  readonly participle: string;
}

interface Irregular {
  readonly pres?: string;
  readonly subj?: string;
  readonly pret?: string;
  readonly imperf?: string;
  readonly futStem?: string;
  readonly pretStem?: string;
  readonly g1?: string;
  readonly stem?: Flag;
  readonly imp2s?: string;
  readonly imp2p?: string;
  readonly vos?: string;
}

type Flag = "ie" | "ue" | "i" | "uu" | "ii" | "acc";

const IRREGULAR: Readonly<Record<string, Irregular>> = {
  ser: {
    pres: "soy eres es somos sois son",
    subj: "sea seas sea seamos seáis sean",
    pret: "fui fuiste fue fuimos fuisteis fueron",
    imperf: "era eras era éramos erais eran",
    imp2s: "sé",
    vos: "sos",
  },
  estar: {
    pres: "estoy estás está estamos estáis están",
    subj: "esté estés esté estemos estéis estén",
    pretStem: "estuv",
    imp2s: "está",
  },
  haber: {
    pres: "he has ha hemos habéis han",
    subj: "haya hayas haya hayamos hayáis hayan",
    pretStem: "hub",
    futStem: "habr",
    imp2s: "he",
    vos: "has",
  },
  tener: { g1: "teng", stem: "ie", pretStem: "tuv", futStem: "tendr", imp2s: "ten" },
  venir: { g1: "veng", stem: "ie", pretStem: "vin", futStem: "vendr", imp2s: "ven" },
  poner: { g1: "pong", pretStem: "pus", futStem: "pondr", imp2s: "pon" },
  hacer: { g1: "hag", pretStem: "hic", futStem: "har", imp2s: "haz" },
  decir: { g1: "dig", stem: "i", pretStem: "dij", futStem: "dir", imp2s: "di" },
  poder: { stem: "ue", pretStem: "pud", futStem: "podr" },
  querer: { stem: "ie", pretStem: "quis", futStem: "querr" },
  saber: {
    pres: "sé sabes sabe sabemos sabéis saben",
    subj: "sepa sepas sepa sepamos sepáis sepan",
    pretStem: "sup",
    futStem: "sabr",
  },
  caber: { g1: "quep", pretStem: "cup", futStem: "cabr" },
  salir: { g1: "salg", futStem: "saldr", imp2s: "sal" },
  valer: { g1: "valg", futStem: "valdr" },
  traer: { g1: "traig", pretStem: "traj" },
  caer: { g1: "caig" },
  andar: { pretStem: "anduv" },
  oír: {
    pres: "oigo oyes oye oímos oís oyen",
    subj: "oiga oigas oiga oigamos oigáis oigan",
    pret: "oí oíste oyó oímos oísteis oyeron",
    imp2s: "oye",
  },
  ir: {
    pres: "voy vas va vamos vais van",
    subj: "vaya vayas vaya vayamos vayáis vayan",
    pret: "fui fuiste fue fuimos fuisteis fueron",
    imperf: "iba ibas iba íbamos ibais iban",
    imp2s: "ve",
    imp2p: "id",
    vos: "vas",
  },
  ver: {
    pres: "veo ves ve vemos veis ven",
    subj: "vea veas vea veamos veáis vean",
    pret: "vi viste vio vimos visteis vieron",
    imperf: "veía veías veía veíamos veíais veían",
  },
  dar: {
    pres: "doy das da damos dais dan",
    subj: "dé des dé demos deis den",
    pret: "di diste dio dimos disteis dieron",
  },
  reír: {
    pres: "río ríes ríe reímos reís ríen",
    subj: "ría rías ría riamos riáis rían",
    pret: "reí reíste rió reímos reísteis rieron",
    imp2s: "ríe",
  },
};

const IRREGULAR_GERUNDS: Readonly<Record<string, string>> = {
  ir: "yendo",
  poder: "pudiendo",
  decir: "diciendo",
  venir: "viniendo",
  reír: "riendo",
  oír: "oyendo",
};

const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  abrir: "abierto",
  cubrir: "cubierto",
  decir: "dicho",
  escribir: "escrito",
  hacer: "hecho",
  morir: "muerto",
  poner: "puesto",
  resolver: "resuelto",
  romper: "roto",
  ver: "visto",
  volver: "vuelto",
  devolver: "devuelto",
  envolver: "envuelto",
  descubrir: "descubierto",
  describir: "descrito",
  inscribir: "inscrito",
  suscribir: "suscrito",
  satisfacer: "satisfecho",
  freír: "frito",
  imprimir: "impreso",
  proveer: "provisto",
  reír: "reído",
  oír: "oído",
  ir: "ido",
};

const six = (s: string): Six => {
  const parts = s.split(" ");
  if (parts.length !== 6) throw new Error(`Six forms expected: ${s}`);
  return parts as unknown as Six;
};

const ENDINGS = {
  ar: {
    pres: ["o", "as", "a", "amos", "áis", "an"],
    subj: ["e", "es", "e", "emos", "éis", "en"],
    pret: ["é", "aste", "ó", "amos", "asteis", "aron"],
    imperf: ["aba", "abas", "aba", "ábamos", "abais", "aban"],
  },
  er: {
    pres: ["o", "es", "e", "emos", "éis", "en"],
    subj: ["a", "as", "a", "amos", "áis", "an"],
    pret: ["í", "iste", "ió", "imos", "isteis", "ieron"],
    imperf: ["ía", "ías", "ía", "íamos", "íais", "ían"],
  },
  ir: {
    pres: ["o", "es", "e", "imos", "ís", "en"],
    subj: ["a", "as", "a", "amos", "áis", "an"],
    pret: ["í", "iste", "ió", "imos", "isteis", "ieron"],
    imperf: ["ía", "ías", "ía", "íamos", "íais", "ían"],
  },
} as const;
const FUT = ["é", "ás", "á", "emos", "éis", "án"];
const COND = ["ía", "ías", "ía", "íamos", "íais", "ían"];
const STRONG_PRET = ["e", "iste", "o", "imos", "isteis", "ieron"];

const VOWELS = "aeiouáéíóú";
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

function replaceLast(stem: string, from: string, to: string): string {
  const at = stem.lastIndexOf(from);
  return at === -1 ? stem : stem.slice(0, at) + to + stem.slice(at + from.length);
}

function strongStem(stem: string, flag: Flag | undefined): string {
  switch (flag) {
    case "ie":
      return replaceLast(stem, "e", "ie");
    case "ue":
      return replaceLast(stem, "o", "ue");
    case "i":
      return replaceLast(stem, "e", "i");
    case "uu":
      return replaceLast(stem, "u", "ue");
    case "ii":
      return replaceLast(stem, "i", "ie");
    case "acc": {
      const at = Math.max(stem.lastIndexOf("i"), stem.lastIndexOf("u"));
      return at === -1 ? stem : `${stem.slice(0, at)}${stem[at] === "i" ? "í" : "ú"}${stem.slice(at + 1)}`;
    }
    default:
      return stem;
  }
}

// -ir stem changers weaken the stem in nosotros/vosotros subjunctive and 3rd-person preterite (sintáis, durmió).
function weakStem(stem: string, flag: Flag | undefined, type: "ar" | "er" | "ir"): string {
  if (type !== "ir") return stem;
  if (flag === "ie" || flag === "i") return replaceLast(stem, "e", "i");
  if (flag === "ue") return replaceLast(stem, "o", "u");
  return stem;
}

/** Applies Spanish spelling changes where a stem meets an ending. */
function join(stem: string, ending: string, type: "ar" | "er" | "ir", zc: boolean): string {
  const e0 = stripAccents(ending[0] ?? "");
  if (type === "ar" && e0 === "e") {
    if (stem.endsWith("gu")) return `${stem.slice(0, -2)}gü${ending}`;
    if (stem.endsWith("c")) return `${stem.slice(0, -1)}qu${ending}`;
    if (stem.endsWith("g")) return `${stem.slice(0, -1)}gu${ending}`;
    if (stem.endsWith("z")) return `${stem.slice(0, -1)}c${ending}`;
  }
  if (type !== "ar" && (e0 === "a" || e0 === "o")) {
    if (stem.endsWith("gu")) return `${stem.slice(0, -2)}g${ending}`;
    if (stem.endsWith("qu")) return `${stem.slice(0, -2)}c${ending}`;
    if (stem.endsWith("c")) return `${stem.slice(0, -1)}${zc ? "zc" : "z"}${ending}`;
    if (stem.endsWith("g")) return `${stem.slice(0, -1)}j${ending}`;
  }
  return stem + ending;
}

// A one-syllable form takes no written accent (dais, guiais, vio), except the diacritic dé and sé.
function monosyllable(form: string): string {
  if (form === "dé" || form === "sé") return form;
  return syllableCount(form) === 1 ? stripAccents(form) : form;
}

/** Conjugates one verb. `prefix` + `base` for compounds of irregular verbs (man + tener). */
export function conjugate(infinitive: string, flags: readonly Flag[], base?: string): Paradigm {
  const model = base ?? infinitive;
  const prefix = base === undefined ? "" : infinitive.slice(0, infinitive.length - base.length);
  const irr: Irregular = IRREGULAR[model] ?? {};
  const plain = stripAccents(model);
  const type = plain.slice(-2) as "ar" | "er" | "ir";
  if (!(type in ENDINGS)) throw new Error(`Not an infinitive: ${infinitive}`);
  const stem = plain.slice(0, -2);
  const flag: Flag | undefined = irr.stem ?? flags[0];
  const zc = type !== "ar" && stem.endsWith("c") && isVowel(stem[stem.length - 2]) && irr.g1 === undefined;
  const uir = type === "ir" && stem.endsWith("u") && !stem.endsWith("gu") && !stem.endsWith("qu");
  const vowelStem = type !== "ar" && "aeo".includes(stem[stem.length - 1] ?? "x") && stem.length > 0;
  const ducir = stem.endsWith("duc");
  const end = ENDINGS[type];
  const strong = strongStem(stem, flag);
  const weak = weakStem(stem, flag, type);
  const p = (s: string): string => monosyllable(prefix + s);

  const presOf = (i: number): string => {
    const stressedOnStem = i <= 2 || i === 5;
    if (i === 0 && irr.g1 !== undefined) return `${irr.g1}o`;
    let s = stressedOnStem ? strong : stem;
    if (flag === "i" && stressedOnStem) s = strong;
    if (uir && i !== 3 && i !== 4) s = `${s}y`;
    return join(s, end.pres[i] as string, type, zc);
  };
  const subjOf = (i: number): string => {
    if (irr.g1 !== undefined) return `${irr.g1}${end.subj[i]}`;
    const stressedOnStem = i <= 2 || i === 5;
    let s = stressedOnStem ? strong : weak;
    if (flag === "i") s = strong;
    if (uir) s = `${s}y`;
    return join(s, end.subj[i] as string, type, zc);
  };
  const pretOf = (i: number): string => {
    if (irr.pretStem !== undefined) {
      let ending = STRONG_PRET[i] as string;
      if (i === 5 && irr.pretStem.endsWith("j")) ending = "eron";
      if (i === 2 && irr.pretStem === "hic") return "hizo";
      return irr.pretStem + ending;
    }
    if (ducir && type === "ir") {
      const s = `${stem.slice(0, -1)}j`;
      return s + (i === 5 ? "eron" : (STRONG_PRET[i] as string));
    }
    let ending = end.pret[i] as string;
    const third = i === 2 || i === 5;
    const s = third ? weak : stem;
    if ((vowelStem || uir) && third) ending = ending.replace("i", "y");
    else if (vowelStem) ending = ending.replace(/^i/, "í");
    return join(s, ending, type, false);
  };

  const pres = six((irr.pres ?? [0, 1, 2, 3, 4, 5].map(presOf).join(" ")).replace(/^/, ""));
  const subj = six(irr.subj ?? [0, 1, 2, 3, 4, 5].map(subjOf).join(" "));
  const pret = six(irr.pret ?? [0, 1, 2, 3, 4, 5].map(pretOf).join(" "));
  const imperf = six(irr.imperf ?? end.imperf.map((e) => stem + e).join(" "));
  const futStem = irr.futStem ?? plain;
  const fut = six(FUT.map((e) => futStem + e).join(" "));
  const cond = six(COND.map((e) => futStem + e).join(" "));
  let imp2s = irr.imp2s ?? pres[2];
  // Compounds of ten/pon/ven/di carry an accent on the last syllable (mantén, propón); deshaz does not.
  if (prefix !== "" && (model === "tener" || model === "poner" || model === "venir"))
    imp2s = imp2s.replace(
      /([aeiou])(n?)$/,
      (_, v: string, n: string) => `${{ a: "á", e: "é", i: "í", o: "ó", u: "ú" }[v]}${n}`,
    );
  const imp2p = irr.imp2p ?? `${model.slice(0, -1)}d`;
  const vosEnding = { ar: "ás", er: "és", ir: "ís" }[type];
  const vos = irr.vos ?? (uir ? `${stem}ís` : `${stem}${vosEnding}`);
  const map6 = (x: Six): Six => x.map(p) as unknown as Six;
  // Gerund: -ando / -iendo, -yendo after a vowel stem (leyendo, construyendo), the weak stem of -ir stem changers
  // (pidiendo, durmiendo).
  const gerund =
    IRREGULAR_GERUNDS[model] ??
    (type === "ar"
      ? `${stem}ando`
      : vowelStem || uir
        ? `${stem}yendo`
        : `${type === "ir" ? weakStem(stem, flag, type) : stem}iendo`);
  const participle =
    IRREGULAR_PARTICIPLES[model] ?? (type === "ar" ? `${stem}ado` : vowelStem ? `${stem}ído` : `${stem}ido`);
  return {
    pres: map6(pres),
    subj: map6(subj),
    pret: map6(pret),
    imperf: map6(imperf),
    fut: map6(fut),
    cond: map6(cond),
    imp2s: p(imp2s),
    imp2p: p(imp2p),
    vos: p(vos),
    gerund: prefix + gerund,
    participle: prefix + participle,
  };
}

/** Parses `VERB_LIST` into entries. */
export function parseVerbList(list: string): { infinitive: string; flags: Flag[]; base?: string }[] {
  const seen = new Set<string>();
  const out: { infinitive: string; flags: Flag[]; base?: string }[] = [];
  for (const raw of list.split(/\s+/)) {
    if (raw === "") continue;
    const [head, rest] = raw.split(":") as [string, string | undefined];
    const [infinitive, base] = head.split("=") as [string, string | undefined];
    if (seen.has(infinitive)) continue;
    seen.add(infinitive);
    const flags = (rest ?? "").split(",").filter((f) => f !== "") as Flag[];
    out.push(base === undefined ? { infinitive, flags } : { infinitive, flags, base });
  }
  return out;
}
