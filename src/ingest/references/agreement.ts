/**
 * Grammatical gender of what the text names, so a pronoun agrees with its referent: a body by the
 * head noun of its name („Hessische Zentrale für …“ → f) or of the noun that introduces it („die
 * Stadt Kassel“, „das Portal „X““); a place without one is neuter („das schöne Kassel“). A person
 * by the given name where it is clear, and by the words the text puts before the name („Frau“,
 * „Ministerin“, „Staatssekretär“) or the office it gives them; evidence both ways leaves it open.
 */
import { FIRST_NAME_GENDER } from '../../lang/de/first-names.ts';
import type { Gender } from '../../lang/de/genders.ts';
import { ADDRESS_GENDER, type PronounReading } from '../../lang/de/references.ts';
import { officeOf } from '../../lang/de/roles.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { foldCase, foldKey } from '../fold.ts';
import { genderOfName, typeFromHead } from '../heads.ts';
import type { ParsedSentence, ParsedToken } from '../parse.ts';

/** How well a candidate fits a pronoun: surely, not at all, or perhaps (its gender is not known). */
export type Fit = 'yes' | 'no' | 'maybe';

/** Titles that stand between a role word and the name: „Ministerin Prof. Dr. Anna Muster“. */
const TITLES = new Set(['dr', 'prof', 'med', 'h', 'c', 'ing', 'phil', 'rer', 'nat', 'pol']);

/** The noun right before a mention that introduces it („die Stadt Kassel“, „das Portal „X““), if typed. */
export function descriptorBefore(text: string, m: { start: number }): string | undefined {
  const word = /(\p{Lu}[\p{L}-]*)[\s„“"»«'‚‘]*$/u.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
  return word && typeFromHead(word) ? word : undefined;
}

/** Gender of a role noun as written: „Ministerin“ → f, „Staatssekretär“ → m, „Vorsitzende“ → open. */
export function genderOfRole(word: string): Gender | null {
  const key = foldKey(word);
  const office = officeOf(key);
  if (!office) return ADDRESS_GENDER[key] ?? null;
  const ending = key.slice(key.lastIndexOf(office.office.stem) + office.office.stem.length);
  if (ending === 'in' || ending === 'innen') return 'f';
  // „die/der Vorsitzende“, „die/der Abgeordnete“: the adjectival noun's -e is both.
  return ending === 'e' ? null : 'm';
}

/** The words before a mention, nearest first, titles skipped: what may tell the person's gender. */
function wordBefore(text: string, start: number): string | undefined {
  const words = text.slice(Math.max(0, start - 80), start).split(/[^\p{L}-]+/u);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (w === '') continue;
    if (TITLES.has(foldCase(w))) continue;
    return w;
  }
  return undefined;
}

const UD_GENDER: Readonly<Record<string, Gender>> = { Masc: 'm', Fem: 'f', Neut: 'n' };

/** The one gender the dictionary gives a word („Archiv“ → n, „Petra“ → f), or null when it gives none or several. */
export function dictionaryGender(t: ParsedToken | undefined): Gender | null {
  const genders = t?.feats?.gender ?? [];
  return genders.length === 1 ? (UD_GENDER[genders[0] as string] ?? null) : null;
}

/** Genders of everything the document names, read once per document. */
export class Genders {
  private readonly known = new Map<string, Set<Gender>>();
  /** People whose given name the list of names knows. */
  private readonly givenName = new Set<string>();

  constructor(private readonly doc: Doc) {
    const named = new Map<string, Gender>();
    doc.bySentence.forEach((ms, si) => {
      for (const m of ms) {
        if (m.type !== 'PERSON' || m.anaphor) continue;
        const set = this.person(m.entityId);
        const before = wordBefore(doc.text, m.start);
        const g = before ? genderOfRole(before) : null;
        if (g) set.add(g);
        // The dictionary's gender of the given name, where the list of names has none.
        const first = doc.parses[si]?.tokens.find((t) => t.start === m.start);
        const byDictionary = dictionaryGender(first);
        if (byDictionary && m.end > (first?.end ?? m.end)) named.set(m.entityId, byDictionary);
      }
    });
    for (const [id, g] of named) if (!this.givenName.has(id)) this.person(id).add(g);
    for (const r of doc.relations) {
      const g = r.role ? genderOfRole(r.role) : null;
      if (g && this.known.has(r.from)) this.person(r.from).add(g);
    }
  }

  /** A person's genders, starting from the given name. */
  private person(id: string): Set<Gender> {
    let set = this.known.get(id);
    if (set) return set;
    set = new Set<Gender>();
    const words = this.doc.registry.record(id)?.name.split(/\s+/) ?? [];
    const first = words.find((w) => !TITLES.has(foldKey(w)));
    const g = FIRST_NAME_GENDER.get(foldKey(first?.split('-')[0] ?? ''));
    if (g) {
      set.add(g);
      this.givenName.add(id);
    }
    this.known.set(id, set);
    return set;
  }

  /**
   * Records the gender a mention gives its body: the name's head noun, or the noun introducing it;
   * failing both, the dictionary's gender of the first noun in the name („Digitale Dorflinde“ → f).
   */
  note(m: SentenceMention, s?: ParsedSentence): void {
    if (m.type === 'PERSON') return;
    const set = this.known.get(m.entityId) ?? new Set<Gender>();
    const record = this.doc.registry.record(m.entityId);
    const named = record ? genderOfName(record.name) : null;
    if (named) set.add(named);
    // The noun introducing the name („die Stadt Kassel“), or the noun referring back to it („das Zentrum“).
    const words = this.doc.text.slice(m.start, m.end);
    const noun = m.anaphor ? (typeFromHead(words) ? words : undefined) : descriptorBefore(this.doc.text, m);
    const described = noun ? genderOfName(noun) : null;
    if (described) set.add(described);
    if (set.size === 0 && !m.anaphor) {
      const nouns = s?.tokens.filter(
        (t) => m.start <= t.start && t.end <= m.end && /^(?:NOUN|PROPN)$/.test(t.pos),
      );
      const byDictionary = nouns?.map(dictionaryGender).find((g) => g !== null);
      if (byDictionary && m.type !== 'PLACE') set.add(byDictionary);
    }
    if (set.size === 0 && m.type === 'PLACE') set.add('n');
    this.known.set(m.entityId, set);
  }

  /** Records the genders of a noun phrase that names no entity. */
  notePhrase(id: string, genders: readonly Gender[]): void {
    this.known.set(id, new Set(genders));
  }

  /** How an entity fits a pronoun reading (number aside: every entity is one). */
  fit(entityId: string, type: string | null, reading: Pick<PronounReading, 'genders'>): Fit {
    const set = this.known.get(entityId);
    const person = type === 'PERSON';
    // A person is never „es“.
    if (person && !reading.genders.some((g) => g !== 'n')) return 'no';
    if (!set || set.size === 0) return 'maybe';
    // Evidence both ways (a person called „Frau“ and „Staatssekretär“): open.
    if (person && set.size > 1) return 'maybe';
    return reading.genders.some((g) => set.has(g)) ? 'yes' : 'no';
  }
}
