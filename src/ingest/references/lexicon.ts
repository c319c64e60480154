/**
 * What a noun may refer back to by its words: an entity whose name has the noun as its head („das
 * Präsidium“ → „Polizeipräsidium für Technik“), or that the text itself called so — a noun that
 * introduced it („die Förderinitiative „X““) or was said of it („die FITKO … als Anstalt … gründen“,
 * „die HZD ist eine Anstalt“, „X, ein Verein …“) —, and the kind of name a generic noun stands for
 * („die Hochschule“ is a university, not a research centre of the same type).
 */
import type { EntityType } from '../../graph/model.ts';
import { GENERIC_REFERENCES } from '../../lang/de/references.ts';
import { coveringMention } from '../argument-entities.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { foldWords } from '../fold.ts';
import { firstNounPhrase, typeFromHead } from '../heads.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken } from '../parse.ts';
import { descriptorBefore } from './agreement.ts';
import { headOf, singularStem } from './noun-phrases.ts';

/** Pairs of entity and a typed noun the sentence says it is. */
function saidOf(s: ParsedSentence, ms: readonly SentenceMention[]): [string, string][] {
  const out: [string, string][] = [];
  const entity = (t: ParsedToken | undefined) => (t ? coveringMention(s, t, ms)?.entityId : undefined);
  for (const n of s.tokens) {
    if (n.pos !== 'NOUN' || !typeFromHead(n.word) || entity(n)) continue;
    const head = s.tokens[n.head];
    const said: (string | undefined)[] = [];
    // „Die HZD ist eine Anstalt“: the copula's subject.
    if (childrenOf(s, n, 'cop').length > 0) said.push(...childrenOf(s, n, 'nsubj').map(entity));
    // „gründet die FITKO als Anstalt“: the verb's object, else its subject; „die FITKO als Anstalt“: the noun.
    if (caseOf(s, n) === 'als' && head) {
      const verbal = /^(?:VERB|AUX)$/.test(head.pos);
      const objects = verbal ? childrenOf(s, head, 'obj') : [head];
      said.push(...(objects.length > 0 ? objects : childrenOf(s, head, 'nsubj')).map(entity));
    }
    // „das Kompetenzzentrum, ein Verein …“: in apposition.
    if (n.dep === 'appos') said.push(entity(head));
    for (const id of said) if (id) out.push([id, n.word]);
  }
  return out;
}

export class Lexicon {
  /** Stems of the nouns that introduced each entity („die Förderinitiative „X““ → "foerderinitiative"). */
  private readonly introduced = new Map<string, Set<string>>();

  constructor(private readonly doc: Doc) {}

  /** Records the noun a mention's name follows, if any („die Stadt Kassel“ → "stadt"). */
  note(m: SentenceMention): void {
    const descriptor = m.anaphor ? undefined : descriptorBefore(this.doc.text, m);
    if (descriptor) this.call(m.entityId, descriptor);
  }

  /** Records that the text calls an entity by this noun. */
  call(entityId: string, noun: string): void {
    const stem = singularStem(noun);
    if (stem) this.introduced.set(entityId, (this.introduced.get(entityId) ?? new Set()).add(stem));
  }

  /** Records what a parsed sentence says an entity is: „X ist eine Anstalt“, „X als Anstalt“, „X, ein Verein“. */
  noteSaid(s: ParsedSentence, ms: readonly SentenceMention[]): void {
    for (const [entityId, noun] of saidOf(s, ms)) this.call(entityId, noun);
  }

  /** Whether the text called the entity by a noun with this head. */
  called(entityId: string, stem: string): boolean {
    return [...(this.introduced.get(entityId) ?? [])].some((w) => w.endsWith(stem));
  }

  /** Whether an entity's name, or a noun the text called it by, has this head. */
  named(entityId: string, stem: string): boolean {
    const record = this.doc.registry.record(entityId);
    const words = record ? [record.name, ...record.aliases].flatMap(foldWords) : [];
    return words.some((w) => w.endsWith(stem)) || this.called(entityId, stem);
  }

  /**
   * The head nouns an entity is known by: its name's and aliases' („Universität Kassel“ →
   * universitaet, „Stadt Mannheim“ → stadt) and the nouns that introduced it.
   */
  private kinds(entityId: string): string[] {
    const record = this.doc.registry.record(entityId);
    const labels = record ? [record.name, ...record.aliases] : [];
    const heads = labels
      .flatMap(firstNounPhrase)
      .map(headOf)
      .filter((h) => h !== null);
    return [...heads, ...(this.introduced.get(entityId) ?? [])];
  }

  /** Whether a generic noun may stand for this entity. A name of no known kind may be any kind but a place. */
  ofKind(entityId: string, type: EntityType | null, stem: string): boolean {
    const family = GENERIC_REFERENCES[stem];
    if (family === 'any') return true;
    const kinds = this.kinds(entityId);
    if (kinds.length === 0) return type !== 'PLACE';
    return (family ?? [stem]).some((k) => kinds.some((kind) => kind.endsWith(k)));
  }
}
