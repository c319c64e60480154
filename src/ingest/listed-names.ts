/**
 * „mit der Deutschen Telekom, Vodafone und Telefónica Deutschland“, „die Städte Witzenhausen und
 * Großalmerode“: a proper noun the tagger left out, listed with an organisation or a place it
 * tagged, is one too; so is a proper noun in apposition to a noun of places („in den Stadtteilen
 * Diemerode und Weißenborn“). Not a role („CIO“) and not in a list whose organisation is none: an
 * abbreviation spelled out as a kind of thing (spelled-out.ts) or a word inside such a long form.
 */
import type { EntityType } from '../graph/model.ts';
import { isMonthName } from '../lang/de/dates.ts';
import { PLACE_NOUNS } from '../lang/de/heads.ts';
import { officeOf } from '../lang/de/roles.ts';
import type { NlpSentence, NlpToken } from '../nlp/annotation.ts';
import type { Doc } from './doc.ts';
import { foldKey } from './fold.ts';
import { typeFromHead } from './heads.ts';
import { isLegalForm } from './legal-forms.ts';
import type { SpelledOut } from './spelled-out.ts';

export interface ListContext {
  /** Acronyms the document links to a known body. */
  links: ReadonlyMap<string, string>;
  /** Abbreviations spelled out as kinds of things. */
  kinds: readonly SpelledOut[];
  /** Whether [start, end) is inside a name the catalog or the graph knows. */
  known: (start: number, end: number) => boolean;
}

function isKind(kinds: readonly SpelledOut[], word: string, start: number, end: number): boolean {
  return kinds.some((s) => s.acronym === word || (s.start <= start && end <= s.end));
}

/** „Städte“, „Stadtteilen“, „Gemeinden“: a noun whose appositions name places. */
function namesPlaces(t: NlpToken | undefined): boolean {
  if (t?.pos !== 'NOUN') return false;
  const lemma = foldKey(t.lemma);
  return typeFromHead(t.lemma) === 'PLACE' || PLACE_NOUNS.some((n) => lemma.endsWith(n));
}

export function listedNames(doc: Doc, sentence: NlpSentence, ctx: ListContext): void {
  const tokens = sentence.tokens;
  const isOrg = (k: number) => {
    const t = tokens[k];
    return t?.ner === 'ORGANIZATION' && !isKind(ctx.kinds, t.word, t.start, t.end);
  };
  tokens.forEach((t, k) => {
    if (t.ner !== 'O' || t.pos !== 'PROPN' || !/^\p{Lu}[\p{L}\d-]+$/u.test(t.word)) return;
    // One word alone: its neighbours are no capitalised name parts.
    if ([tokens[k - 1], tokens[k + 1]].some((n) => n?.pos === 'PROPN' && n.ner === 'O')) return;
    if (officeOf(foldKey(t.word)) || isKind(ctx.kinds, t.word, t.start, t.end) || isMonthName(t.word)) return;
    // The list: the first item and every item hung on it by conjunction.
    const first = t.dep === 'conj' ? t.head : k;
    const items = [first, ...tokens.flatMap((c, j) => (c.head === first && c.dep === 'conj' ? [j] : []))];
    // Places only under a noun of places: the tagger reads months and common nouns as names in lists.
    const head = tokens[tokens[first]?.dep === 'appos' ? (tokens[first]?.head ?? -1) : -1];
    const listed = items.some((j) => j !== k && isOrg(j));
    const type: EntityType | undefined = listed ? 'ORGANISATION' : namesPlaces(head) ? 'PLACE' : undefined;
    if (!type || typeFromHead(t.word) || isLegalForm(t.word) || ctx.links.has(t.word)) return;
    if (ctx.known(t.start, t.end)) return;
    doc.registry.resolve({
      name: t.word,
      type,
      aliases: [],
      description: null,
      origin: 'ner',
    });
  });
}
