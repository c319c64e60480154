/**
 * The cores of known names matched in a text: „Muster“ wherever the text writes it alone, for the
 * entity named „Muster eG“ or „Genossenschaft Muster“, and a long name written up to its first
 * conjuncts („Hessisches Ministerium für Wirtschaft“) (name-variants.ts). A core two entities share
 * names neither; a core of one ordinary-looking word counts only where the tagger reads a proper noun.
 */
import type { EntityRecord } from '../graph/model.ts';
import type { Doc } from './doc.ts';
import { foldKey } from './fold.ts';
import { type Match, MatchIndex } from './matcher.ts';
import { EXACT_TYPES, nameVariant, shortenedNames } from './name-variants.ts';

type Named = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>;

/** Whether the tagger reads a proper noun or a name in [start, end). */
export function readAsName(doc: Doc, start: number, end: number): boolean {
  for (const s of doc.parses) {
    const first = s.tokens[0];
    const last = s.tokens.at(-1);
    if (!first || !last || last.end <= start || first.start >= end) continue;
    const inside = s.tokens.filter((t) => t.start >= start && t.end <= end);
    // A person's or a place's name is not the body's, whatever the body is called.
    if (inside.some((t) => t.ner === 'PERSON' || t.ner === 'LOCATION')) return false;
    return inside.some((t) => t.pos === 'PROPN' || t.ner !== 'O');
  }
  return false;
}

export class VariantIndex {
  private readonly strong = new MatchIndex();
  private readonly weak = new MatchIndex();
  /** Folded core → the one entity it belongs to, or null when several share it. */
  private readonly owners = new Map<string, string | null>();

  constructor(records: Iterable<Named> = []) {
    for (const r of records) this.add(r);
  }

  add(r: Named): void {
    if (EXACT_TYPES.has(r.type)) return;
    for (const label of [r.name, ...r.aliases]) {
      const short = shortenedNames(label).map((core) => ({ core, strength: 'strong' as const }));
      for (const variant of [nameVariant(label), ...short]) {
        if (!variant) continue;
        const key = foldKey(variant.core);
        const owner = this.owners.get(key);
        this.owners.set(key, owner === undefined || owner === r.id ? r.id : null);
        const index = variant.strength === 'strong' ? this.strong : this.weak;
        index.add({ entityId: r.id, label: variant.core, kind: 'alias' });
      }
    }
  }

  /** Where the text writes a core alone, where no `exact` match as long or longer overlaps it. */
  candidates(doc: Doc, exact: readonly Match[]): Match[] {
    const owned = (m: Match) => this.owners.get(foldKey(m.label)) === m.entityId;
    const free = (m: Match) =>
      !exact.some((x) => x.start < m.end && m.start < x.end && x.end - x.start >= m.end - m.start);
    return [
      ...this.strong.candidates(doc.text, doc.tokens),
      ...this.weak.candidates(doc.text, doc.tokens).filter((m) => readAsName(doc, m.start, m.end)),
    ].filter((m) => owned(m) && free(m));
  }
}
