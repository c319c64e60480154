/**
 * Head nouns → entity type and grammatical gender. German compounds carry their type in the
 * last part ("Modellbehörde" is a Behörde, "Verfahrenscloud" a Cloud), so suffixes are matched
 * on the folded word, longest first.
 */
import type { EntityType } from '../graph/model.ts';
import { foldCase } from './fold.ts';

const TYPE_HEADS: Readonly<Record<string, EntityType>> = {
  ministerium: 'MINISTRY',
  staatskanzlei: 'MINISTRY',
  gesetz: 'LAW',
  verordnung: 'LAW',
  staatsvertrag: 'LAW',
  richtlinie: 'LAW',
  amt: 'AGENCY',
  behoerde: 'AGENCY',
  zentrale: 'AGENCY',
  polizei: 'AGENCY',
  praesidium: 'AGENCY',
  stelle: 'AGENCY',
  direktion: 'AGENCY',
  anstalt: 'AGENCY',
  agentur: 'AGENCY',
  staatsanwaltschaft: 'AGENCY',
  landesbetrieb: 'AGENCY',
  gericht: 'AGENCY',
  kommissariat: 'AGENCY',
  programm: 'PROGRAMME',
  initiative: 'PROGRAMME',
  strategie: 'PROGRAMME',
  offensive: 'PROGRAMME',
  wettbewerb: 'PROGRAMME',
  fonds: 'PROGRAMME',
  agenda: 'PROGRAMME',
  pakt: 'PROGRAMME',
  projekt: 'PROGRAMME',
  kampagne: 'PROGRAMME',
  aktionsplan: 'PROGRAMME',
  masterplan: 'PROGRAMME',
  plattform: 'PLATFORM',
  portal: 'PLATFORM',
  app: 'PLATFORM',
  applikation: 'PLATFORM',
  cloud: 'PLATFORM',
  netz: 'PLATFORM',
  datenbank: 'PLATFORM',
  campus: 'PLATFORM',
  software: 'PLATFORM',
  register: 'PLATFORM',
  verband: 'ORGANISATION',
  rat: 'ORGANISATION',
  zentrum: 'ORGANISATION',
  institut: 'ORGANISATION',
  verein: 'ORGANISATION',
  hub: 'ORGANISATION',
  allianz: 'ORGANISATION',
  alliance: 'ORGANISATION',
  center: 'ORGANISATION',
  centre: 'ORGANISATION',
  lab: 'ORGANISATION',
  labor: 'ORGANISATION',
  akademie: 'ORGANISATION',
  academy: 'ORGANISATION',
  hochschule: 'ORGANISATION',
  universitaet: 'ORGANISATION',
  gmbh: 'ORGANISATION',
  stiftung: 'ORGANISATION',
  gremium: 'ORGANISATION',
  kooperation: 'ORGANISATION',
  netzwerk: 'ORGANISATION',
  kammer: 'ORGANISATION',
  leistung: 'SERVICE',
  onlinedienst: 'SERVICE',
};

const HEAD_SUFFIXES = Object.keys(TYPE_HEADS).sort((a, b) => b.length - a.length);
const PLURAL_ENDINGS = ['', 'en', 'n', 'e', 's', 'es', 'ien'];

/** Type of a head noun ("Landesamt" → AGENCY, "EfA-Leistungen" → SERVICE), or null. */
export function typeFromHead(word: string): EntityType | null {
  const key = foldCase(word).replace(/[^a-z0-9]/g, '');
  for (const ending of PLURAL_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    const head = HEAD_SUFFIXES.find((s) => stem.endsWith(s));
    if (head && (stem === head || stem.length > head.length)) return TYPE_HEADS[head] as EntityType;
  }
  return null;
}

const CONNECTORS = new Set([
  'für',
  'fuer',
  'zur',
  'zum',
  'der',
  'des',
  'von',
  'vom',
  'of',
  'for',
  'in',
  'im',
  'am',
  'bei',
  'beim',
  'und',
  'and',
  'the',
]);

/** Words of the name's first noun phrase: "Hessisches Landesamt für …" → ["Hessisches", "Landesamt"]. */
export function firstNounPhrase(name: string): string[] {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && CONNECTORS.has(w.toLowerCase()));
  return cut === -1 ? words : words.slice(0, cut);
}

/** Type of a multi-word name from the head of its first noun phrase. */
export function typeOfName(name: string): EntityType | null {
  const np = firstNounPhrase(name);
  for (let i = np.length - 1; i >= 0; i--) {
    const t = typeFromHead(np[i] as string);
    if (t) return t;
  }
  return null;
}

type Gender = 'f' | 'm' | 'n';
const GENDER_SUFFIXES: [string, Gender][] = (
  [
    ['zentrale', 'f'],
    ['behoerde', 'f'],
    ['stelle', 'f'],
    ['initiative', 'f'],
    ['strategie', 'f'],
    ['offensive', 'f'],
    ['plattform', 'f'],
    ['cloud', 'f'],
    ['app', 'f'],
    ['polizei', 'f'],
    ['agentur', 'f'],
    ['akademie', 'f'],
    ['allianz', 'f'],
    ['hochschule', 'f'],
    ['datenbank', 'f'],
    ['agenda', 'f'],
    ['kampagne', 'f'],
    ['kammer', 'f'],
    ['anstalt', 'f'],
    ['kanzlei', 'f'],
    ['ion', 'f'],
    ['ung', 'f'],
    ['heit', 'f'],
    ['keit', 'f'],
    ['schaft', 'f'],
    ['taet', 'f'],
    ['enz', 'f'],
    ['amt', 'n'],
    ['ministerium', 'n'],
    ['zentrum', 'n'],
    ['institut', 'n'],
    ['gesetz', 'n'],
    ['programm', 'n'],
    ['portal', 'n'],
    ['netz', 'n'],
    ['projekt', 'n'],
    ['praesidium', 'n'],
    ['register', 'n'],
    ['gremium', 'n'],
    ['labor', 'n'],
    ['center', 'n'],
    ['netzwerk', 'n'],
    ['gericht', 'n'],
    ['kommissariat', 'n'],
    ['rat', 'm'],
    ['verband', 'm'],
    ['verein', 'm'],
    ['fonds', 'm'],
    ['wettbewerb', 'm'],
    ['pakt', 'm'],
    ['dienst', 'm'],
    ['campus', 'm'],
    ['hub', 'm'],
    ['betrieb', 'm'],
    ['vertrag', 'm'],
    ['plan', 'm'],
  ] as [string, Gender][]
).sort((a, b) => b[0].length - a[0].length);

const STRONG_ENDING: Readonly<Record<Gender, string>> = { f: 'e', m: 'er', n: 'es' };

/**
 * Nominative form of a name taken from running text: "Hessischen Zentrale für …" → "Hessische
 * Zentrale für …", "Hessische Landesamt …" (after "Das") → "Hessisches Landesamt …".
 */
export function nominative(name: string): string {
  const words = name.split(' ');
  const np = firstNounPhrase(name);
  const head = foldCase(np.at(-1) ?? '');
  const gender = GENDER_SUFFIXES.find(([suffix]) => head.endsWith(suffix))?.[1];
  if (!gender || np.length < 2) return name;
  for (let i = 0; i < np.length - 1; i++) {
    const w = words[i] as string;
    const m = /^(\p{Lu}\p{Ll}+?(?:isch|al|ell|iv|ig|lich|er|en|ch|t|l|n|r))(e|en|er|es|em)$/u.exec(w);
    if (!m) break;
    words[i] = (m[1] as string) + STRONG_ENDING[gender];
  }
  return words.join(' ');
}
