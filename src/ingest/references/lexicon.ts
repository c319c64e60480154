/**
 * What a noun may refer back to by its words: an entity whose name has the noun as its head („das
 * Präsidium“ → „Polizeipräsidium für Technik“) or that a noun with that head introduced („die
 * Förderinitiative „X““), and the kind of name a generic noun stands for („die Hochschule“ is a
 * university, not a research centre of the same type).
 */
import type { EntityType } from '../../graph/model.ts';
import { GENERIC_REFERENCES } from '../../lang/de/references.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { foldWords } from '../fold.ts';
import { firstNounPhrase } from '../heads.ts';
import { descriptorBefore } from './agreement.ts';
import { headOf, singularStem } from './noun-phrases.ts';

export class Lexicon {
  /** Stems of the nouns that introduced each entity („die Förderinitiative „X““ → "foerderinitiative"). */
  private readonly introduced = new Map<string, Set<string>>();

  constructor(private readonly doc: Doc) {}

  /** Records the noun a mention's name follows, if any („die Stadt Kassel“ → "stadt"). */
  note(m: SentenceMention): void {
    const descriptor = m.anaphor ? undefined : descriptorBefore(this.doc.text, m);
    const stem = descriptor && singularStem(descriptor);
    if (stem) this.introduced.set(m.entityId, (this.introduced.get(m.entityId) ?? new Set()).add(stem));
  }

  /** Whether an entity's name, or a noun that introduced it, has this head. */
  named(entityId: string, stem: string): boolean {
    const record = this.doc.registry.record(entityId);
    const words = record ? [record.name, ...record.aliases].flatMap(foldWords) : [];
    return [...words, ...(this.introduced.get(entityId) ?? [])].some((w) => w.endsWith(stem));
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
