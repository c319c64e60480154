/**
 * Names built on a typed head noun that no tagger marks: „Landesagentur für Daten“, „Statistisches
 * Landesamt“, „Servicestelle Open Data“, „Hinweisgeberschutzgesetz“. A head noun alone is a common
 * noun („das Ministerium“); it names something when a capitalised adjective stands before it
 * mid-sentence, a „für …“ complement follows, or it is a law's compound name.
 */
import type { EntityType } from '../graph/model.ts';
import type { Doc } from './doc.ts';
import { typeFromHead } from './heads.ts';
import type { Token } from './matcher.ts';

export interface HeadName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/** A proper adjective („Hessisches“, „Statistisches“): a common one („Digitale“, „Kommunales“) names nothing. */
const ADJECTIVE = /^\p{Lu}\p{Ll}+isch(?:e[rnsm]?)?$/u;
/** „für“ only: „zur Verfügung“, „zur Erhöhung“ are nominalised verbs, not names. */
const COMPLEMENT = new Set(['für']);
/** Types a head-noun name may have: bodies and laws; programmes and platforms need a tagger or a quote. */
const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['AGENCY', 'MINISTRY', 'ORGANISATION', 'LAW']);
const ARTICLES = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/i;

function isCapitalised(t: Token | undefined): t is Token {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

function adjacent(doc: Doc, a: Token, b: Token, gap = /^[ ]$/): boolean {
  return gap.test(doc.text.slice(a.end, b.start));
}

export function headNames(doc: Doc): HeadName[] {
  const out: HeadName[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!isCapitalised(head)) continue;
    const type = typeFromHead(head.text);
    if (!type || !NAMED_TYPES.has(type)) continue;
    let first = i;
    while (first > 0) {
      const before = tokens[first - 1] as Token;
      if (
        ARTICLES.test(before.text) ||
        !ADJECTIVE.test(before.text) ||
        !adjacent(doc, before, tokens[first] as Token)
      )
        break;
      first--;
    }
    const hasAdjective = first < i;
    let last = i;
    const next = tokens[i + 1];
    if (next && COMPLEMENT.has(next.text) && adjacent(doc, head, next) && isCapitalised(tokens[i + 2])) {
      last = i + 2;
      while (
        isCapitalised(tokens[last + 1]) &&
        adjacent(doc, tokens[last] as Token, tokens[last + 1] as Token, /^(?: | und |, | & |-)$/)
      )
        last++;
    }
    // „Hinweisgeberschutzgesetz“ names a law; „Landesgesetz“ does not.
    const lawCompound =
      type === 'LAW' &&
      head.text.length >= 14 &&
      !/^(?:Landes|Bundes)\p{Ll}{0,10}$/u.test(head.text) &&
      first === i &&
      last === i;
    if (!hasAdjective && last === i && !lawCompound) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    out.push({ name: doc.text.slice(start, end), type, start, end });
    i = last;
  }
  return out;
}
