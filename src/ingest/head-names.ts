/**
 * Names built on a typed head noun that no tagger marks: „Landesagentur für Daten“, „Statistisches
 * Landesamt“, „Servicestelle Open Data“, „Kommunale Datenzentrale Nordhessen“, „Verkehrsministerium“,
 * „Hinweisgeberschutzgesetz“. A head noun alone is a common noun („das Ministerium“); it names
 * something when a capitalised adjective stands before it mid-sentence, proper words or a „für …“
 * complement follow it, or its compound is a name by itself (a ministry, a „Landes-“ body, a
 * hyphenated prefix: „WLAN-Kompetenzzentrum“).
 */
import type { EntityType } from '../graph/model.ts';
import { officeOf } from '../lang/de/roles.ts';
import { UNIT_NOUNS } from '../lang/de/units.ts';
import { DEFINITE_BEFORE_NAME, PROPER_ADJECTIVE } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { foldCase } from './fold.ts';
import { ADJECTIVE_FORM, endsInHead, typeFromHead } from './heads.ts';
import { lawTitleEnd } from './law-titles.ts';
import type { Token } from './matcher.ts';
import {
  ARTICLES,
  adjacent,
  followingComplement,
  isCapitalised,
  type ParsedAt,
  parsedIndex,
  placeGenitive,
  regionalGenitive,
} from './name-complements.ts';
import { wholeWords } from './name-words.ts';
import { dominates, type ParsedSentence, type ParsedToken } from './parse.ts';

export interface HeadName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Types a head-noun name may have: bodies and laws; programmes and platforms need proper words after the head. */
const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['AGENCY', 'MINISTRY', 'ORGANISATION', 'LAW', 'PARTY']);
const WITH_PROPER_WORDS: ReadonlySet<EntityType> = new Set([
  ...NAMED_TYPES,
  'PROGRAMME',
  'PLATFORM',
  'PLACE',
  'GOVERNMENT',
]);
/** Place heads that name a body of their own with the place („Landkreis Fulda“ is not the town Fulda). */
const DISTRICT = /kreis$/;

/**
 * „Kommunale“ before „Datenzentrale“ mid-sentence: a capitalised adjective is part of a name. Its
 * form decides, not the tagger, which often reads such an adjective as a noun.
 */
function isNameAdjective(token: Token, parsedAt: ParsedAt): boolean {
  if (PROPER_ADJECTIVE.test(token.text)) return true;
  if (!isCapitalised(token)) return false;
  const p = parsedAt(token);
  if (!p || p.t.i === 0 || typeFromHead(token.text) || /PERSON|LOCATION/.test(p.t.ner)) return false;
  return p.t.pos === 'ADJ' || ADJECTIVE_FORM.test(token.text);
}

/**
 * Whether tokens [from, to] of a sentence form one phrase: exactly one of them hangs outside, none
 * is a person. Direction inside does not matter: the tagger sometimes hangs the head on the name
 * („Genossenschaft“ → „IT“). A word it hangs beside the head as an apposition („Leiter des
 * Fachdiensts Digitale Dienste“: „Dienste“ on „Leiter“), or above it, still belongs; an object
 * beside it does not.
 */
function isPhrase(s: ParsedSentence, from: number, to: number): boolean {
  const outside: ParsedToken[] = [];
  for (let k = from; k <= to; k++) {
    const t = s.tokens[k] as ParsedToken;
    if (t.ner === 'PERSON') return false;
    if (t.head < from || t.head > to) outside.push(t);
  }
  const [root, ...others] = outside;
  return (
    root !== undefined &&
    others.every(
      (t) => (t.head === root.head && /^(?:appos|flat|conj)/.test(t.dep)) || dominates(s, t, root, 8),
    )
  );
}

/** Last index of the proper words after the head that the parse attaches to it; `i` when none. */
function properWordsAfter(doc: Doc, i: number, parsedAt: ParsedAt): number {
  const tokens = doc.tokens;
  const head = parsedAt(tokens[i] as Token);
  if (!head) return i;
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    const p = parsedAt(t);
    const joined = adjacent(doc, tokens[j - 1] as Token, t, /^(?: |-)$/);
    if (!joined || !p || p.s !== head.s) break;
    // „Fachdienst Digitale Dienste und Open Government“; a place's name has no „und“ („Kreis und Kommunen“).
    // Not right after the head: „Unternehmen und Start-ups“ are two kinds, not one name.
    const named = last > i && typeFromHead(head.t.word) !== 'PLACE';
    if (t.text === 'und' && isCapitalised(tokens[j + 1]) && named) continue;
    if (!isCapitalised(t)) break;
    // „im Finanzministerium Co-CIO“: a compound that ends in a role is a person's title, no name part.
    const rest = /^-([\p{L}-]+)/u.exec(doc.text.slice(t.end, t.end + 40))?.[1];
    if (rest && officeOf(foldCase(rest.split('-').at(-1) ?? ''))) break;
    // „Servicestelle Open Data“: „Open“ joins the phrase only through „Data“ after it.
    if (isPhrase(p.s, head.t.i, p.t.i)) last = j;
  }
  return tokens[last]?.text === 'und' ? last - 1 : last;
}

/** „Verkehrsministerium“, „Landesstraßenbehörde“, „OZG-Koordinierungsstelle“: compounds that name one body. */
function isNamingCompound(
  word: string,
  type: EntityType,
  before: Token | undefined,
  hyphenated: boolean,
): boolean {
  // One body, not a kind of them: „Cybercrime-Staatsanwaltschaften“ is a plural; „IT-Abteilung“ a
  // unit every body may have.
  if (hyphenated)
    return (
      endsInHead(word.replace(/e?s$/, '')) &&
      (type === 'AGENCY' || type === 'ORGANISATION') &&
      !UNIT_NOUNS.some((u) => foldCase(word).endsWith(foldCase(u)))
    );
  if (!before || !/^(?:der|die|das|dem|des|im|am|beim|vom|zum|zur|ins)$/i.test(before.text)) return false;
  const key = foldCase(word).replace(/(?:e?s)$/, '');
  const head = typeFromHead(word) === type ? key : '';
  // „die Piratenpartei“: a party's compound names it.
  if (type === 'PARTY') return /^\p{L}{3,}partei$/u.test(head);
  if (type === 'MINISTRY')
    return /^\p{L}{3,}ministerium$/u.test(head) && !/^(?:landes|bundes)ministerium$/.test(head);
  if (type !== 'AGENCY' && type !== 'ORGANISATION') return false;
  return /^(?:landes|bundes)\p{L}{4,}/u.test(key);
}

/** Things a hyphenated compound names when its first part is a name: „Eichenzell-App“, „IT-Staatsvertrag“. */
const NAMED_THINGS: ReadonlySet<EntityType> = new Set(['LAW', 'PLATFORM', 'SERVICE']);

/**
 * „die Eichenzell-App“, „der IT-Staatsvertrag“, „die Corona-Warn-App“: one thing of its kind, named
 * by the name or acronym that opens the compound. Not a kind: „die Online-Plattform“, „EfA-Leistungen“.
 */
function isNamedThing(
  doc: Doc,
  start: number,
  head: Token,
  type: EntityType,
  names: ReadonlySet<string>,
): boolean {
  const opener = doc.tokens[start];
  if (!NAMED_THINGS.has(type) || !opener || !endsInHead(head.text.replace(/e?s$/, ''))) return false;
  // A law is named by any acronym („IT-Staatsvertrag“); a platform by a name only, not „KI-Plattform“.
  if (type === 'LAW' && /^\p{Lu}{2,}\d*$/u.test(opener.text)) return true;
  return names.has(opener.text);
}

/** Words the tagger reads as (part of) a name somewhere in the document: „Eichenzell“, „Corona“. */
function taggedWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  for (const s of doc.parses)
    for (const t of s.tokens)
      if (t.i > 0 && (t.ner !== 'O' || t.pos === 'PROPN') && /^\p{Lu}/u.test(t.word)) words.add(t.word);
  return words;
}

/** Index of „Koordinierungs-“ in „Koordinierungs- und Transferstelle“ (the compound at `first`), or `first`. */
function truncatedBefore(doc: Doc, first: number): number {
  const [part, joiner] = [doc.tokens[first - 2], doc.tokens[first - 1]];
  if (!part || !joiner || !/^(?:und|oder)$/.test(joiner.text) || !isCapitalised(part)) return first;
  const gap = doc.text.slice(part.end, joiner.start);
  return gap === '- ' && adjacent(doc, joiner, doc.tokens[first] as Token) ? first - 2 : first;
}

export function headNames(doc: Doc): HeadName[] {
  const out: HeadName[] = [];
  const tokens = doc.tokens;
  const parsedAt = parsedIndex(doc);
  const tagged = taggedWords(doc);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!isCapitalised(head)) continue;
    const type = typeFromHead(head.text);
    if (!type || !WITH_PROPER_WORDS.has(type)) continue;
    if (type === 'PLACE' && !DISTRICT.test(head.key)) continue;
    let first = i;
    // „OZG-Koordinierungsstelle“, „Fraunhofer-Institut“: the tokenizer splits at the hyphen.
    while (
      first > 0 &&
      doc.text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start) === '-'
    )
      first--;
    const hyphenated = first < i;
    // „Durchsetzungs- und Überwachungsstelle“: a truncated compound coordinated with this one.
    const truncated = truncatedBefore(doc, first);
    const coordinated = truncated < first;
    first = truncated;
    const compoundStart = first;
    while (first > 0) {
      const before = tokens[first - 1] as Token;
      if (ARTICLES.test(before.text) || !isNameAdjective(before, parsedAt)) break;
      if (!adjacent(doc, before, tokens[first] as Token)) break;
      first--;
    }
    // Only right after an article: „die zentrale Technik- und Beschaffungsbehörde der …“ describes.
    const definite = DEFINITE_BEFORE_NAME.test(tokens[first - 1]?.text ?? '');
    // „Bildungsplattform für E-Government“ describes; only bodies and laws are named by a „für“ complement.
    const forComplement = NAMED_TYPES.has(type) ? followingComplement(doc, i, type) : i;
    // „das Gesetz über …“, „Hessisches Gesetz zur …“: a law's title, not „ein Gesetz über …“.
    const titled = type === 'LAW' && forComplement === i && (first < compoundStart || definite);
    const complement = titled ? lawTitleEnd(doc, i) : forComplement;
    // A role („Datenschutzbeauftragter Hessens“) before proper words is a person's, not a body's name.
    const role = officeOf(head.key) !== null;
    const placed = complement === i && !role ? placeGenitive(doc, i, type, parsedAt) : i;
    const after =
      placed > i ? placed : complement > i || role ? complement : properWordsAfter(doc, i, parsedAt);
    const last = after > i || !definite ? after : regionalGenitive(doc, i, type);
    const bare = first === compoundStart && last === i;
    // „Hinweisgeberschutzgesetz“ names a law; „Landesgesetz“ does not.
    const lawCompound =
      type === 'LAW' && head.text.length >= 14 && !/^(?:Landes|Bundes)\p{Ll}{0,10}$/u.test(head.text);
    const thing = hyphenated && bare && isNamedThing(doc, compoundStart, head, type, tagged);
    // One body of two kinds, after an article: „die Koordinierungs- und Transferstelle …“.
    const twoKinds = coordinated && definite && NAMED_TYPES.has(type);
    const named =
      !bare ||
      lawCompound ||
      thing ||
      twoKinds ||
      isNamingCompound(head.text, type, tokens[first - 1], hyphenated);
    if (!named || (!NAMED_TYPES.has(type) && last === i && !thing)) continue;
    // „Stelle AB.CD“, „Verbund Hessen3C“: the last word whole, whatever the tokenizer cut.
    const { start, end } = wholeWords(doc.text, (tokens[first] as Token).start, (tokens[last] as Token).end);
    out.push({ name: doc.text.slice(start, end), type, start, end });
    i = last;
    while ((tokens[i + 1]?.start ?? Number.POSITIVE_INFINITY) < end) i++;
  }
  return out;
}
