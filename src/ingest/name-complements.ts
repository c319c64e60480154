/**
 * What follows a typed head noun inside a name: a „für“ complement („Landesagentur für Daten“), a
 * ministry's portfolios in the genitive („Bundesministerium des Innern und für Heimat“), a regional
 * genitive („IT-Stelle der hessischen Justiz“), the place of a town's or district's organ („Kreistag
 * des Landkreises Gießen“). Each returns the index of the name's last word, or the head's own.
 */
import type { EntityType } from '../graph/model.ts';
import { PLACE_KIND_GENITIVE } from '../lang/de/heads.ts';
import type { Doc } from './doc.ts';
import { foldCase } from './fold.ts';
import { endsInHead } from './heads.ts';
import type { Token } from './matcher.ts';
import type { ParsedSentence, ParsedToken } from './parse.ts';

/** „für“ only: „zur Verfügung“, „zur Erhöhung“ are nominalised verbs, not names. */
const COMPLEMENT = new Set(['für']);
/** An article before a word of a name ends the name there. */
export const ARTICLES = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines)$/i;

/** A parsed token by its start offset, with its sentence. */
export type ParsedAt = (t: Token) => { s: ParsedSentence; t: ParsedToken } | undefined;

export function parsedIndex(doc: Doc): ParsedAt {
  const byStart = new Map<number, { s: ParsedSentence; t: ParsedToken }>();
  for (const s of doc.parses) for (const t of s.tokens) byStart.set(t.start, { s, t });
  return (t) => byStart.get(t.start);
}

export function isCapitalised(t: Token | undefined): t is Token {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

export function adjacent(doc: Doc, a: Token, b: Token, gap = /^[ ]$/): boolean {
  return gap.test(doc.text.slice(a.end, b.start));
}

/** „für angewandte Cybersicherheit“, „und ländlichen Raum“: a lower-case adjective before a noun of the name. */
function adjectiveBeforeNoun(doc: Doc, k: number): boolean {
  const [adjective, noun] = [doc.tokens[k], doc.tokens[k + 1]];
  return (
    adjective !== undefined &&
    /^\p{Ll}{4,}(?:e|en|er|es|em)$/u.test(adjective.text) &&
    !ARTICLES.test(adjective.text) &&
    isCapitalised(noun) &&
    adjacent(doc, adjective, noun)
  );
}

export function followingComplement(doc: Doc, i: number, type: EntityType, openerGap = /^[ ]$/): number {
  const tokens = doc.tokens;
  const next = tokens[i + 1];
  // A ministry is named by its portfolio in the genitive too: „Bundesministerium des Innern“.
  const opens =
    COMPLEMENT.has(next?.text ?? '') || (type === 'MINISTRY' && /^de[rs]$/.test(next?.text ?? ''));
  if (!next || !opens || !adjacent(doc, tokens[i] as Token, next, openerGap)) return i;
  const opensWithAdjective = adjectiveBeforeNoun(doc, i + 2);
  if (!isCapitalised(tokens[i + 2]) && !opensWithAdjective) return i;
  let last = opensWithAdjective ? i + 3 : i + 2;
  // „und“ closes an enumeration („für Wirtschaft, Energie und Verkehr“): no comma continues after it.
  let closed = false;
  let beforeComma: number | null = null;
  for (;;) {
    const next = tokens[last + 1];
    // The tokenizer keeps „und“ as a word of its own: „für Statistik und Wahlen“.
    const joins =
      next?.text === 'und' && (isCapitalised(tokens[last + 2]) || adjectiveBeforeNoun(doc, last + 2));
    if (!closed && joins && adjacent(doc, tokens[last] as Token, next as Token)) {
      last += adjectiveBeforeNoun(doc, last + 2) ? 3 : 2;
      closed = true;
      continue;
    }
    const gap = closed ? /^(?: |-)$/ : /^(?: |, | & |-)$/;
    if (!isCapitalised(next) || !adjacent(doc, tokens[last] as Token, next, gap)) break;
    if (beforeComma === null && doc.text.slice((tokens[last] as Token).end, next.start) === ', ')
      beforeComma = last;
    last++;
  }
  // Commas only list within a name that „und“ closes: „für Medien, Eva Hahn, Mitglied …“ ends at „Medien“.
  const end = beforeComma !== null && !closed ? beforeComma : last;
  return type === 'MINISTRY' ? furtherPortfolio(doc, end) : end;
}

/** „des Innern und für Heimat“, „des Innern, für Sicherheit und Heimatschutz“: a ministry's next portfolio. */
function furtherPortfolio(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  const [joiner, opener] = [tokens[end + 1], tokens[end + 2]];
  if (joiner?.text === 'und' && opener?.text === 'für' && adjacent(doc, tokens[end] as Token, joiner)) {
    const further = followingComplement(doc, end + 1, 'MINISTRY');
    return further > end + 1 ? further : end;
  }
  if (joiner?.text !== 'für') return end;
  const further = followingComplement(doc, end, 'ORGANISATION', /^, $/);
  return further > end ? furtherPortfolio(doc, further) : end;
}

/** „IT-Stelle der hessischen Justiz“: a body's name closed by a regional genitive. Index of its last word, or `i`. */
export function regionalGenitive(doc: Doc, i: number, type: EntityType): number {
  const [article, adjective, noun] = doc.tokens.slice(i + 1, i + 4);
  if ((type !== 'AGENCY' && type !== 'ORGANISATION') || !endsInHead(doc.tokens[i]?.text ?? '')) return i;
  if (!article || !adjective || !/^de[rs]$/.test(article.text) || !isCapitalised(noun)) return i;
  if (!/^\p{Ll}+isch(?:e|en)$/u.test(adjective.text)) return i;
  const joined = [doc.tokens[i], article, adjective, noun].every(
    (t, k, all) => k === 0 || adjacent(doc, all[k - 1] as Token, t as Token),
  );
  return joined ? i + 3 : i;
}

/** „am Main“, „an der Lahn“: the words inside a place's name that join its proper words. */
const PLACE_JOINERS = /^(?:am|an|der|im|ob|vor)$/;

/**
 * „Kreistag des Landkreises Gießen“, „Magistrat der Wissenschaftsstadt Darmstadt“: an organ named
 * with the place it belongs to. Index of the place name's
 * last word, or `i` when the genitive names no place („der Stadt“ alone).
 */
export function placeGenitive(doc: Doc, i: number, type: EntityType, parsedAt: ParsedAt): number {
  const tokens = doc.tokens;
  const [head, article, kind] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (type !== 'GOVERNMENT' || !head || !article || !isCapitalised(kind)) return i;
  if (!/^de[rs]$/.test(article.text) || !adjacent(doc, head, article)) return i;
  // „des Werra-Meißner-Kreises“: a hyphenated district, cut into words by the tokenizer.
  const district = /^\p{Lu}[\p{L}-]*-Kreises(?!\p{L})/u.exec(
    doc.text.slice(kind.start, kind.start + 60),
  )?.[0];
  const districtEnd = district
    ? tokens.findIndex((t, k) => k > i && t.end === kind.start + district.length)
    : -1;
  if (districtEnd > i) return districtEnd;
  if (!PLACE_KIND_GENITIVE.test(foldCase(kind.text)) || !adjacent(doc, article, kind)) return i;
  // „des Wetteraukreises“: a district named by its compound alone.
  if (/^\p{Lu}\p{Ll}{3,}kreises$/u.test(kind.text) && !/^(?:Land)?kreises$/i.test(kind.text)) return i + 2;
  let last = i + 2;
  for (let j = i + 3; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!adjacent(doc, tokens[j - 1] as Token, t, /^(?: |-)$/) || parsedAt(t)?.t.ner === 'PERSON') break;
    // „am Main“, not „am Montag“: the word after the joiner is part of a place's name.
    const joined = tokens[j + 1];
    if (PLACE_JOINERS.test(t.text) && isCapitalised(joined) && parsedAt(joined)?.t.ner === 'LOCATION')
      continue;
    if (!isCapitalised(t)) break;
    last = j;
  }
  return last > i + 2 ? last : i;
}
