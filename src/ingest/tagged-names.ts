/**
 * The tagger's names (people, organisations, places, other names) that neither the catalog nor the
 * graph knows, registered under the type their head noun (heads.ts) or the tagger's class gives
 * them. The catalog and these rules correct the tagger: a letterhead in capitals is no person, an
 * adjective is no name, a minister's title names the ministry.
 */
import type { EntityType } from '../graph/model.ts';
import { HEAD_EXPANSIONS, PLACE_NAME_PREFIXES, TOWN_DESIGNATIONS } from '../lang/de/heads.ts';
import { ADDRESS_WORDS, officeOf } from '../lang/de/roles.ts';
import { INDEFINITE_ARTICLE_BEFORE, PROPER_ADJECTIVE } from '../lang/de/words.ts';
import type { NlpEntity, NlpSentence } from '../nlp/annotation.ts';
import type { Doc } from './doc.ts';
import { foldKey } from './fold.ts';
import { givenNamePerson } from './given-name-people.ts';
import { nominative, pluralNominative, typeFromHead, typeOfName } from './heads.ts';
import { isLegalForm } from './legal-forms.ts';
import type { Match } from './matcher.ts';
import { wholeWords } from './name-words.ts';
import { isAllCaps, personName } from './person-name.ts';
import { isShortDescription } from './short-description.ts';
import type { SpelledOut } from './spelled-out.ts';
import { isStreet } from './streets.ts';

/** A place-name prefix right before a tagged place: „Hessisch “ before „Lichtenau“. */
const PLACE_PREFIX = new RegExp(
  `(?<![\\p{L}.-])(?:${PLACE_NAME_PREFIXES.map((p) => p.replace('.', '\\.')).join('|')}) $`,
  'u',
);

const NER_TYPES: Readonly<Record<string, EntityType>> = {
  ORGANIZATION: 'ORGANISATION',
  LOCATION: 'PLACE',
};

/** „des Odenwalds“ → „Odenwald“, „des Ministeriums für …“ → „Ministerium für …“: the head of a genitive phrase. */
function dropGenitive(name: string, before: string): string {
  if (!/\b(?:des|eines)\s$/u.test(before)) return name;
  const words = name.split(' ');
  const k = words.findIndex((w) => /^\p{Lu}\p{Ll}{3,}e?s$/u.test(w));
  if (k < 0 || (k > 0 && !/^\p{Lu}\p{Ll}+(?:en)$/u.test(words[k - 1] as string))) return name;
  words[k] = (words[k] as string).replace(/e?s$/u, '');
  return words.join(' ');
}

/**
 * Not a name but a kind of thing: an abbreviation introduced for a common noun phrase („der
 * künstlichen Intelligenz (KI)“), or a phrase after an indefinite article („für eine „Smart City““).
 */
function isKindOfThing(doc: Doc, e: NlpEntity, kinds: readonly SpelledOut[]): boolean {
  // „Security Officer“ in „Chief Information Security Officer (CISO)“: a piece of the long form of a kind.
  if (kinds.some((s) => s.start <= e.start && e.end <= s.end)) return true;
  const before = doc.text.slice(Math.max(0, e.start - 60), e.start);
  if (/(?:^|\s)\p{Ll}+\s\p{Lu}\p{Ll}+\s\($/u.test(before) && /^\p{Lu}{2,5}$/u.test(e.text)) return true;
  return INDEFINITE_ARTICLE_BEFORE.test(before);
}

/** „Alsfelds Bürgermeister“: a name known without its genitive -s is that name. */
function saxonGenitive(doc: Doc, name: string): string {
  if (!/\p{Ll}s$/u.test(name)) return name;
  const base = name.slice(0, -1);
  // (The catalog's names already match with a genitive ending.)
  return doc.registry.idOf(base) ? base : name;
}

/** „Frank“ tagged, „von der Au“ not: the surname particles and the word after them belong to the name. */
const PARTICLE_SURNAME = /^ (?:von der|van der|van den|von|van|de|zu) \p{Lu}[\p{L}’'-]+/u;

/**
 * „die Städte Alsfeld, Lauterbach und Schotten“: a word the tagger reads as a common noun but
 * tags as a name of the same class as a proper noun it is coordinated with is a name too.
 */
function listedWithNames(sentence: NlpSentence, e: NlpEntity): boolean {
  if (e.tokenEnd - e.tokenStart !== 1) return false;
  const t = sentence.tokens[e.tokenStart];
  if (t?.dep !== 'conj' || t.head < 0) return false;
  const first = sentence.tokens[t.head];
  return first?.pos === 'PROPN' && first.ner === e.ner;
}

/** Registers a tagged name; a minister's title gives its ministry's mention back. */
export function addTaggedEntity(
  doc: Doc,
  sentence: NlpSentence,
  tagged: NlpEntity,
  kinds: readonly SpelledOut[],
): Match | undefined {
  // „hessian.AI“, „x²-Akte“: a name the tagger cut at an odd character is the whole word;
  // „Hessisch Lichtenau“: a town's name may open with a word the tagger leaves out.
  const words = wholeWords(doc.text, tagged.start, tagged.end);
  const prefix = tagged.ner === 'LOCATION' ? PLACE_PREFIX.exec(doc.text.slice(0, words.start)) : null;
  const span = prefix ? { ...words, start: words.start - prefix[0].length } : words;
  const spanned = { ...tagged, ...span, text: doc.text.slice(span.start, span.end) };
  // „Felix Brückner“ as a miscellaneous name, „Nadine“ without „Kraft“: a given name opens a person's name.
  const person = givenNamePerson(doc.text, spanned);
  const e = person ? { ...spanned, ...person, ner: 'PERSON' } : spanned;
  if (e.ner === 'PERSON') {
    const particle = PARTICLE_SURNAME.exec(doc.text.slice(e.end, e.end + 40))?.[0] ?? '';
    // „von Hessen“, „von der Stadt“: a known place or a typed noun after the particle is no
    // surname; „Meyer zu Bexten“ is one.
    const last = particle.split(' ').at(-1) ?? '';
    const known = doc.registry.find(last);
    // „von Sachsen“ (a land's name ends so), not „zu Bexten“ (a family name after „zu“).
    const landLike = /^\p{Lu}\p{Ll}+(?:en|land)$/u.test(last) && !particle.startsWith(' zu ');
    const place = (known !== undefined && doc.registry.record(known)?.type === 'PLACE') || landLike;
    const rest = typeFromHead(last) || place ? '' : particle;
    const person = personName(e.text + rest);
    if (!person) return;
    doc.registry.resolve({
      name: person.name,
      type: 'PERSON',
      aliases: [],
      description: null,
      ...(person.titles.length > 0 ? { titles: person.titles } : {}),
      origin: 'ner',
    });
    return;
  }
  const first = sentence.tokens[e.tokenStart];
  // „AöR“, „GmbH“ alone: a legal form names no body.
  if (isKindOfThing(doc, e, kinds) || isLegalForm(e.text)) return;
  // „Offene Wetterau“ after „der Verein Offene Wetterau“: the body's name, not the place the tagger guessed.
  if (e.ner === 'LOCATION' && e.text.includes(' ') && doc.registry.variantOf(e.text)) return;
  // „CIO“, „Präsident“: a role is no organisation; „Landtagspräsident Rhein“: the word after one is a surname.
  const before = /(\p{L}+)\.? $/u.exec(doc.text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? '';
  if (officeOf(foldKey(e.text)) || officeOf(foldKey(before)) || ADDRESS_WORDS.has(foldKey(before))) return;
  if (!first || isAllCaps(e.text) || /^\p{Ll}/u.test(e.text) || first.pos === 'ADJ') return;
  if (isShortDescription(doc, e)) return;
  const ministry = ministryOfTitle(e.text);
  const completed = ministry && completedPortfolio(doc, ministry, e.end);
  if (completed)
    return {
      ...completed,
      start: e.start,
      surface: doc.text.slice(e.start, completed.end),
      label: e.text,
      kind: 'name',
    };
  if (ministry) {
    const entityId = doc.registry.resolve({
      name: ministry,
      type: 'MINISTRY',
      aliases: [e.text],
      description: null,
      origin: 'ner',
    });
    // A known ministry under its full name: the title is its mention here.
    return { entityId, start: e.start, end: e.end, surface: e.text, label: e.text, kind: 'name' };
  }
  // „Hessische“ alone: an adjective of a place names no place (place-adjectives.ts reads the ones that do).
  if (PROPER_ADJECTIVE.test(e.text)) return;
  const headType = typeOfName(e.text);
  // Without a typed head noun a name needs a proper noun: „Dorfgemeinschaftshäusern“ is a common noun.
  const tokens = sentence.tokens.slice(e.tokenStart, e.tokenEnd);
  if (!headType && !tokens.some((t) => t.pos === 'PROPN') && !listedWithNames(sentence, e)) return;
  // The head noun decides; without one, the tagger's class (MISC needs a head noun).
  const type = headType ?? NER_TYPES[e.ner] ?? null;
  if (!type || type === 'PERSON' || (type === 'PLACE' && isStreet(doc.text, e))) return;
  const read = nominative(dropGenitive(e.text, doc.text.slice(Math.max(0, e.start - 6), e.start)));
  const name = type === 'PARTY' ? pluralNominative(read) : read;
  const short = saxonGenitive(doc, name);
  // „TU Darmstadt“ is named by its full name, so both spellings meet on one entity.
  const [abbreviation, ...rest] = short.split(' ');
  const expansion = HEAD_EXPANSIONS[abbreviation ?? ''];
  const full = expansion && rest.length > 0 ? `${expansion} ${rest.join(' ')}` : short;
  // „Universitätsstadt Marburg“, „Gemeinde Eichenzell“: the town is Marburg, styled as it may be.
  const district = type === 'PLACE' ? listedDistrict(doc, e.start, full) : null;
  if (district) {
    // Not the town's name as an alias: „Offenbach“ alone is the town again. The list fixes what this
    // span names, as a table does, so the span wins over the town's name elsewhere in the text.
    const entityId = doc.registry.resolve({
      name: district,
      type,
      aliases: [],
      description: null,
      origin: 'ner',
    });
    doc.candidates.explicit.push({
      entityId,
      start: e.start,
      end: e.end,
      surface: e.text,
      label: e.text,
      kind: 'name',
    });
    return;
  }
  const town = type === 'PLACE' ? townName(full) : full;
  const aliases = [...new Set([short, full])].filter((a) => a !== town);
  doc.registry.resolve({ name: town, type, aliases, description: null, origin: 'ner' });
}

const STYLED_TOWN = new RegExp(`^(?:${[...TOWN_DESIGNATIONS, 'Gemeinde'].join('|')}) (?=\\p{Lu})`, 'u');

/** „die Landkreise Gießen, Fulda und Kassel“: the plural kind noun before a list, each name's last word before it. */
const DISTRICT_LIST =
  /\b((?:Land)?[Kk]reis)(?:e|en)\s+(?:[\p{L}-]+(?:,\s+|\s+und\s+|\s+sowie\s+(?:der\s+|des\s+)?))*$/u;

/**
 * A district named in a list after „die Landkreise“ or „den Kreisen“ is named with its kind, as a
 * district's official name is („Kreis Offenbach“, not the town Offenbach); a name that is a district's
 * compound already („Odenwaldkreis“) stays as it is. Null when the name stands in no such list.
 */
export function listedDistrict(doc: Doc, start: number, name: string): string | null {
  const m = DISTRICT_LIST.exec(doc.text.slice(Math.max(0, start - 160), start));
  if (!m || /kreis$/i.test(name) || name.includes(' ')) return null;
  return `${m[1] === 'kreis' ? 'Kreis' : m[1]} ${name}`;
}

/** A town's name without the designation it is styled with („Wissenschaftsstadt Darmstadt“ → „Darmstadt“). */
function townName(name: string): string {
  return name.replace(STYLED_TOWN, '');
}

/**
 * „Ministerin für Digitale“ where the tagger cut „… Strategie und Entwicklung“: the longest run of
 * the words after it, up to a punctuation mark, with which the portfolio names a known ministry.
 */
function completedPortfolio(
  doc: Doc,
  ministry: string,
  end: number,
): { entityId: string; end: number } | null {
  const tail = /^[^,.;:()\n„“"]*/u.exec(doc.text.slice(end, end + 120))?.[0] ?? '';
  const words = tail.split(' ');
  for (let k = words.length; k > 1; k--) {
    const more = words.slice(0, k).join(' ');
    const entityId = doc.registry.find(`${ministry}${more}`);
    if (entityId) return { entityId, end: end + more.length };
  }
  return null;
}

/**
 * „Minister für Arbeit und Soziales“, „Ministerin der Justiz“: a minister's title the tagger took
 * for a name names the ministry of that portfolio; the title stays its alias.
 */
function ministryOfTitle(text: string): string | null {
  // „Hessische Ministerin für …“: a proper adjective may stand before the title.
  const m = /^(?:\p{Lu}\p{Ll}+isch(?:e[rnsm]?)? )?(\p{Lu}\p{Ll}+) ((?:für|der|des) \p{Lu}.*)$/u.exec(text);
  const office = m && officeOf(foldKey(m[1] as string));
  return office?.office.relation === 'HEADS' && office.office.bodyHeads?.includes('ministerium')
    ? `Ministerium ${m?.[2]}`
    : null;
}
