/**
 * Entity resolution within a document: everything the text defines (definitions, cabinet
 * table) is resolved first against the catalog (name, then alias), then against what the
 * document already defined (same folded key or overlapping alias). Canonical ids: the catalog's
 * id, else `slug(name)` so that the same name gets the same id in every document.
 */
import type { EntityRecord, EntityType } from '../graph/model.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { foldKey } from './fold.ts';
import type { MatchIndex } from './matcher.ts';
import { slug } from './slug.ts';

export interface Candidate {
  name: string;
  type: EntityType;
  aliases: readonly string[];
  description: string | null;
  titles?: readonly string[];
  origin: EntityRecord['origin'];
}

export function catalogRecord(entry: CatalogEntry): EntityRecord {
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    aliases: [...entry.aliases],
    description: entry.description,
    origin: 'catalog',
  };
}

export class EntityRegistry {
  private readonly derived = new Map<string, EntityRecord>();
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly catalog: Catalog,
    private readonly catalogIndex: MatchIndex,
  ) {}

  /** Canonical id of a candidate; registers it when neither the catalog nor the document knows it. */
  resolve(c: Candidate): string {
    const byName = this.catalogIndex.lookup(c.name);
    if (byName && byName.kind !== 'surname') return byName.entityId;
    for (const alias of c.aliases) {
      const hit = this.catalogIndex.lookup(alias);
      if (hit && this.catalog.byId.get(hit.entityId)?.type === c.type) return hit.entityId;
    }
    const keys = [c.name, ...c.aliases].map(foldKey).filter((k) => k.length > 0);
    const known = keys.map((k) => this.byKey.get(k)).find((id) => id !== undefined);
    if (known) {
      const record = this.derived.get(known) as EntityRecord;
      const names = new Set([record.name, ...record.aliases].map(foldKey));
      for (const alias of [c.name, ...c.aliases]) {
        if (!names.has(foldKey(alias))) {
          record.aliases.push(alias);
          names.add(foldKey(alias));
        }
      }
      if (!record.description && c.description) record.description = c.description;
      for (const k of keys) this.byKey.set(k, known);
      return known;
    }
    let id = slug(c.name);
    const clash = this.catalog.byId.get(id);
    if (clash || id.length === 0) id = `${id || 'entity'}-${c.type.toLowerCase()}`;
    const record: EntityRecord = {
      id,
      type: c.type,
      name: c.name,
      aliases: c.aliases.filter((a) => foldKey(a) !== foldKey(c.name)),
      description: c.description,
      ...(c.titles && c.titles.length > 0 ? { titles: [...c.titles] } : {}),
      origin: c.origin,
    };
    this.derived.set(id, record);
    for (const k of keys) this.byKey.set(k, id);
    return id;
  }

  /** Entities the document itself defined (not in the catalog). */
  derivedRecords(): EntityRecord[] {
    return [...this.derived.values()];
  }

  record(id: string): EntityRecord | undefined {
    const entry = this.catalog.byId.get(id);
    return entry ? catalogRecord(entry) : this.derived.get(id);
  }
}
