/**
 * „mit der Deutschen Telekom, Vodafone und Telefónica Deutschland“: a proper noun the tagger left
 * out, listed with an organisation it tagged, is an organisation too. Not a role („CIO“) and not
 * in a list whose organisation is none: an abbreviation spelled out as a kind of thing
 * (spelled-out.ts) or a word inside such a long form.
 */
import { officeOf } from '../lang/de/roles.ts';
import type { NlpSentence } from '../nlp/annotation.ts';
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

export function listedOrganisations(doc: Doc, sentence: NlpSentence, ctx: ListContext): void {
  const tokens = sentence.tokens;
  const isOrg = (k: number) => {
    const t = tokens[k];
    return t?.ner === 'ORGANIZATION' && !isKind(ctx.kinds, t.word, t.start, t.end);
  };
  tokens.forEach((t, k) => {
    if (t.ner !== 'O' || t.pos !== 'PROPN' || !/^\p{Lu}[\p{L}\d-]+$/u.test(t.word)) return;
    // One word alone: its neighbours are no capitalised name parts.
    if ([tokens[k - 1], tokens[k + 1]].some((n) => n?.pos === 'PROPN' && n.ner === 'O')) return;
    if (officeOf(foldKey(t.word)) || isKind(ctx.kinds, t.word, t.start, t.end)) return;
    // The list: the first item and every item hung on it by conjunction.
    const first = t.dep === 'conj' ? t.head : k;
    const items = [first, ...tokens.flatMap((c, j) => (c.head === first && c.dep === 'conj' ? [j] : []))];
    const listed = items.some((j) => j !== k && isOrg(j));
    if (!listed || typeFromHead(t.word) || isLegalForm(t.word) || ctx.links.has(t.word)) return;
    if (ctx.known(t.start, t.end)) return;
    doc.registry.resolve({
      name: t.word,
      type: 'ORGANISATION',
      aliases: [],
      description: null,
      origin: 'ner',
    });
  });
}
