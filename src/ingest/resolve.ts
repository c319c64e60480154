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
  /** Entities the graph holds from earlier documents: resolved to, never re-created. */
  private readonly known = new Map<string, EntityRecord>();

  constructor(
    private readonly catalog: Catalog,
    private readonly catalogIndex: MatchIndex,
  ) {}

  /** Makes entities of earlier documents resolvable by name and alias (catalog entries stay first). */
  addKnown(records: readonly EntityRecord[]): void {
    for (const r of records) {
      if (this.catalog.byId.has(r.id)) continue;
      this.known.set(r.id, r);
      for (const label of [r.name, ...r.aliases]) {
        const key = foldKey(label);
        if (key.length > 0 && !this.byKey.has(key)) this.byKey.set(key, r.id);
      }
    }
  }

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
    if (known && this.known.has(known) && !this.derived.has(known)) {
      // Copy on first use: the document may add aliases without touching the shared record.
      const base = this.known.get(known) as EntityRecord;
      this.derived.set(known, { ...base, aliases: [...base.aliases] });
    }
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
    const clash = this.catalog.byId.get(id) ?? this.known.get(id);
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

  /** Id of an entity known under this name or alias (document or graph), if any. */
  idOf(label: string): string | undefined {
    return this.byKey.get(foldKey(label));
  }

  record(id: string): EntityRecord | undefined {
    const entry = this.catalog.byId.get(id);
    return entry ? catalogRecord(entry) : (this.derived.get(id) ?? this.known.get(id));
  }
}
