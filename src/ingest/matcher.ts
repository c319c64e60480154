/**
 * Gazetteer matching with German normalisation. One index per label set; the text is tokenised
 * once and each token start is extended only while the glued, folded tokens are a prefix of some
 * label, so matching costs O(tokens × longest label) whatever the catalog size.
 *
 * Variants that meet on one key: case, umlauts/ß ("Schueler"), hyphen/space/glued spellings
 * ("Hessen-App", "Hessen App", "HessenApp"), adjective endings inside names ("der Hessischen
 * Zentrale …"), and genitive/plural endings of the last word ("des Onlinezugangsgesetzes").
 */
import { foldCase } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form: lower case, umlauts spelled out. */
  key: string;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lower = m[0].toLowerCase();
    const key = /^[a-z0-9]*$/.test(lower) ? lower : foldCase(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key });
  }
  return tokens;
}

export interface Term {
  entityId: string;
  label: string;
  /** `surname` terms are only accepted through the person rules (see components/people.ts). */
  kind: 'name' | 'alias' | 'surname';
}

interface IndexedTerm extends Term {
  /** Acronyms and very short labels must match with their exact case: "ZIT" but not "zit". */
  caseSensitive: boolean;
  /** A label written with a capital must be written with a capital in the text. */
  requireCapital: boolean;
  inflectable: boolean;
  compact: string;
}

export interface Match {
  entityId: string;
  start: number;
  end: number;
  surface: string;
  label: string;
  kind: Term['kind'];
}

const ENDING_SUFFIXES = ['es', 's', 'en', 'n', 'ns'];
const ADJECTIVE_ENDINGS = ['e', 'er', 'es', 'en', 'em'];
const GAP = /^(?:[ \-/.&@'’+,]|–){1,3}$/;

/** A word without its inflection ending, for names inflected inside: „Hessischen Ministeriums für …“. */
function looseKey(key: string): string {
  // Stripped to a fixpoint, so „verein“ and „vereins“ meet in „verei“.
  let stem = key;
  for (let ending = LOOSE_ENDINGS.find((e) => stem.endsWith(e)); stem.length >= 5 && ending; ) {
    stem = stem.slice(0, -ending.length);
    ending = LOOSE_ENDINGS.find((e) => stem.endsWith(e));
  }
  return stem;
}

const LOOSE_ENDINGS = ['es', 'en', 'em', 'er', 'e', 's', 'n'];

function compactOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Folded keys of a label: the glued form plus adjective-ending variants of its first words. */
function labelKeys(label: string): string[] {
  const tokens = tokenize(label);
  let variants: string[][] = [tokens.map((t) => t.key)];
  let varied = 0;
  for (let i = 0; i < tokens.length - 1 && varied < 2; i++) {
    const t = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(t.text) || t.key.length < 5) continue;
    const ending = ADJECTIVE_ENDINGS.slice()
      .sort((a, b) => b.length - a.length)
      .find((e) => t.key.endsWith(e));
    if (!ending) continue;
    const stem = t.key.slice(0, -ending.length);
    varied++;
    variants = variants.flatMap((v) =>
      ADJECTIVE_ENDINGS.map((e) => v.map((k, j) => (j === i ? stem + e : k))),
    );
  }
  return [...new Set(variants.map((v) => v.join('')))];
}

export class MatchIndex {
  private readonly keys = new Map<string, IndexedTerm>();
  private readonly prefixes = new Set<string>();
  /** Multi-word labels by the loose keys of their words, joined by '|'. */
  private readonly loose = new Map<string, IndexedTerm>();
  private readonly loosePrefixes = new Set<string>();
  private maxTokens = 1;

  constructor(terms: Iterable<Term> = []) {
    for (const term of terms) this.add(term);
  }

  /** Adds a label; the first entity to claim a key keeps it. */
  add(term: Term): void {
    const compact = compactOf(term.label);
    if (compact.length === 0) return;
    const upper = compact.replace(/[^\p{Lu}]/gu, '').length;
    const caseSensitive =
      compact.length <= 3 || (upper >= 2 && compact.length <= 7 && !term.label.includes(' '));
    const lastToken = tokenize(term.label).at(-1)?.key ?? '';
    const indexed: IndexedTerm = {
      ...term,
      caseSensitive,
      requireCapital: /^\p{Lu}/u.test(compact),
      inflectable:
        !caseSensitive && term.kind !== 'surname' && lastToken.length >= 4 && /\p{L}$/u.test(lastToken),
      compact,
    };
    this.maxTokens = Math.max(this.maxTokens, tokenize(term.label).length + 2);
    for (const key of labelKeys(term.label)) {
      if (!this.keys.has(key)) this.keys.set(key, indexed);
      for (let i = 1; i <= key.length; i++) this.prefixes.add(key.slice(0, i));
    }
    const words = tokenize(term.label).map((t) => looseKey(t.key));
    if (words.length >= 2 && !caseSensitive) {
      const key = words.join('|');
      if (!this.loose.has(key)) this.loose.set(key, indexed);
      for (let i = 1; i <= words.length; i++) this.loosePrefixes.add(words.slice(0, i).join('|'));
    }
  }

  get size(): number {
    return this.keys.size;
  }

  /** Whether a label is known under this exact folded key. */
  lookup(label: string): Term | undefined {
    return this.keys.get(
      tokenize(label)
        .map((t) => t.key)
        .join(''),
    );
  }

  private accept(term: IndexedTerm, surface: string): boolean {
    const compact = compactOf(surface);
    if (term.requireCapital && /^\p{Ll}+(?:[^\p{L}\p{N}]|$)/u.test(surface)) return false;
    if (term.caseSensitive && !compact.startsWith(term.compact)) return false;
    return true;
  }

  /** The longest match starting at each token (overlapping candidates; see `selectMatches`). */
  candidates(text: string, tokens: readonly Token[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let glued = '';
      let gluedLoose = '';
      let best: Match | null = null;
      for (let j = i; j < tokens.length && j < i + this.maxTokens; j++) {
        const tok = tokens[j] as Token;
        if (j > i && !GAP.test(text.slice((tokens[j - 1] as Token).end, tok.start))) break;
        glued += tok.key;
        gluedLoose += (j > i ? '|' : '') + looseKey(tok.key);
        const start = (tokens[i] as Token).start;
        const exact = this.keys.get(glued) ?? (j > i ? this.loose.get(gluedLoose) : undefined);
        let term: IndexedTerm | undefined = exact;
        if (!term) {
          for (const suffix of ENDING_SUFFIXES) {
            // The ending belongs to the last word („Rohleders“), never a word of its own („Rohleder. Es“).
            if (!glued.endsWith(suffix) || tok.key.length <= suffix.length) continue;
            const stem = this.keys.get(glued.slice(0, -suffix.length));
            if (stem?.inflectable || (stem?.caseSensitive && suffix === 's')) {
              term = stem;
              break;
            }
          }
        }
        if (term) {
          const surface = text.slice(start, tok.end);
          if (this.accept(term, surface)) {
            best = {
              entityId: term.entityId,
              start,
              end: tok.end,
              surface,
              label: term.label,
              kind: term.kind,
            };
          }
        }
        if (!this.prefixes.has(glued) && !this.loosePrefixes.has(gluedLoose)) break;
      }
      if (best) out.push(best);
    }
    return out;
  }
}

/** Leftmost-longest selection of non-overlapping matches from any number of candidate lists. */
export function selectMatches(...lists: Match[][]): Match[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Match[] = [];
  let end = -1;
  for (const m of all) {
    if (m.start < end) continue;
    out.push(m);
    end = m.end;
  }
  return out;
}
