/**
 * The graph as gazetteer: every entity earlier loads wrote, so a new document links „Digitalministerin
 * Sinemus“ to the Kristina Sinemus the graph already holds instead of creating her anew. A load adds
 * what each document it reads names, merged as the writer will merge it, so the next document (and a
 * document read again) sees the graph as it will be.
 */
import type { Executor } from '../db/executor.ts';
import { ENTITY_TYPES, type EntityRecord, type EntityType } from '../graph/model.ts';
import { foldKey } from '../ingest/fold.ts';

const KNOWN_ENTITIES = `
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.description AS description, coalesce(e.titles, []) AS titles, coalesce(e.origin, 'graph') AS origin,
       COLLECT { MATCH (e)<-[:MENTIONS]-(:Section)-[:IN_DOCUMENT]->(d:Document) RETURN DISTINCT d.id } AS documents
ORDER BY id`;

function isEntityType(value: unknown): value is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(value);
}

interface KnownRow {
  [key: string]: unknown;
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  titles: string[];
  origin: string;
  documents: string[];
}

/** One entity: its record as the graph will hold it and the documents that name it. */
interface Entry {
  record: EntityRecord;
  documents: Set<string>;
}

/** Legal forms after a name: „Muster eG“ is also called „Muster“. */
const LEGAL_FORM = /\s+(?:gGmbH|GmbH|mbH|AG|eG|e\.\s?V\.|KG|SE|UG|AöR|KdöR)$/u;
/** Surname particles: „Frank von der Au“ is Herr von der Au. */
const PARTICLE = /^(?:von|van|de|zu|vom|der|den)$/;

/**
 * The folded keys a document's word may have that would tie it to this entity: every name and
 * alias; a person's surname (with its particles); a short name's last capitalised word and a name
 * without its legal form (the short forms a text uses once it has said the full name).
 */
export function entityKeys(record: Pick<EntityRecord, 'type' | 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const label of [record.name, ...record.aliases]) {
    keys.add(foldKey(label));
    const bare = label.replace(LEGAL_FORM, '');
    keys.add(foldKey(bare));
    const words = bare.split(/\s+/);
    if (words.length < 2) continue;
    const k = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
    if (record.type === 'PERSON' && k > 0) keys.add(foldKey(words.slice(k).join(' ')));
    // A short name's head word alone: „Digitale Dorflinde“ → „Dorflinde“, „Genossenschaft Muster“ → „Muster“.
    const last = words.findLast((w) => /^\p{Lu}/u.test(w));
    if (last && (record.type === 'PERSON' || words.length <= 3)) keys.add(foldKey(last));
  }
  keys.delete('');
  return [...keys];
}

/** What the load knows: the graph's entities and those of the documents read so far. */
export class Knowledge {
  readonly #byId = new Map<string, Entry>();
  /**
   * Records in the order documents see them. A record that learnt new names is appended again
   * rather than replaced: the list only grows at its end, which the gazetteer's index relies on.
   */
  readonly #versions: Entry[] = [];
  readonly #versionRecords: EntityRecord[] = [];
  /** Folded key → entities that have it (entityKeys), built on demand. */
  #keys: Map<string, Set<string>> | null = null;
  /** Entities whose record or support changed since `takeChangedKeys`. */
  readonly #changed = new Set<string>();
  /** Documents that support some entity: only these have anything to forget. */
  readonly #supporters = new Set<string>();

  /** Catalog entries: the same for every document and every order, never what a load learns. */
  constructor(private readonly catalogIds: ReadonlySet<string> = new Set()) {}

  /** The graph's entities, in id order so that every load sees them alike. */
  static async read(executor: Executor, catalogIds: ReadonlySet<string>): Promise<Knowledge> {
    const known = new Knowledge(catalogIds);
    for (const { titles, type, documents, ...r } of await executor.read<KnownRow>(KNOWN_ENTITIES)) {
      if (!isEntityType(type) || typeof r.name !== 'string') continue;
      const entry: Entry = {
        record: { ...r, type, ...(titles.length > 0 ? { titles } : {}) },
        documents: new Set(documents),
      };
      known.#byId.set(r.id, entry);
      known.#push(entry);
      for (const d of documents) known.#supporters.add(d);
    }
    return known;
  }

  #push(entry: Entry): void {
    this.#versions.push(entry);
    this.#versionRecords.push(entry.record);
  }

  /**
   * What a document may be matched against: entities another document supports. An entity only
   * this document's earlier version gave the graph is not evidence for its new version (it would
   * keep an old mistake alive).
   */
  for(documentId: string): EntityRecord[] {
    const out: EntityRecord[] = [];
    this.#versions.forEach((entry, i) => {
      if (supportedBeyond(entry, documentId)) out.push(this.#versionRecords[i] as EntityRecord);
    });
    return out;
  }

  /** Adds a document's entities, merged into known ones as the writer merges them. */
  learn(documentId: string, entities: readonly EntityRecord[]): void {
    this.#supporters.add(documentId);
    for (const e of entities) {
      this.#changed.add(e.id);
      const entry = this.#byId.get(e.id);
      if (!entry) {
        const added: Entry = { record: e, documents: new Set([documentId]) };
        this.#byId.set(e.id, added);
        this.#push(added);
        continue;
      }
      entry.documents.add(documentId);
      const merged = mergeRecord(entry.record, e);
      if (merged !== entry.record) {
        entry.record = merged;
        this.#push(entry);
      }
    }
    this.#keys = null;
  }

  /** A document read again no longer supports what its earlier reading named (until it learns it anew). */
  forget(documentId: string): void {
    if (!this.#supporters.delete(documentId)) return;
    for (const [id, entry] of this.#byId) if (entry.documents.delete(documentId)) this.#changed.add(id);
    this.#keys = null;
  }

  /**
   * The keys of the entities learnt, or whose support changed, since the last call: a document of
   * the graph whose words have none of them was read against the same entities as before.
   */
  takeChangedKeys(): string[] {
    const keys = new Set<string>();
    for (const id of this.#changed) {
      const entry = this.#byId.get(id);
      if (entry && !this.catalogIds.has(id)) for (const key of entityKeys(entry.record)) keys.add(key);
    }
    this.#changed.clear();
    return [...keys].sort();
  }

  record(id: string): EntityRecord | undefined {
    return this.#byId.get(id)?.record;
  }

  /**
   * `key entityId` for each of `keys` that names an entity another document supports (catalog
   * entries aside): what a document with these open or graph-linked words is read against.
   */
  pairs(documentId: string, keys: Iterable<string>): string[] {
    this.#keys ??= this.#keyIndex();
    const out = new Set<string>();
    for (const key of keys) {
      for (const id of this.#keys.get(key) ?? []) {
        const entry = this.#byId.get(id) as Entry;
        if (supportedBeyond(entry, documentId)) out.add(`${key} ${id}`);
      }
    }
    return [...out].sort();
  }

  /** Whether another document supports the entity and it is no catalog entry: what a document learns from. */
  supports(id: string, documentId: string): boolean {
    const entry = this.#byId.get(id);
    return entry !== undefined && !this.catalogIds.has(id) && supportedBeyond(entry, documentId);
  }

  #keyIndex(): Map<string, Set<string>> {
    const index = new Map<string, Set<string>>();
    for (const [id, entry] of this.#byId) {
      if (this.catalogIds.has(id) || entry.documents.size === 0) continue;
      for (const key of entityKeys(entry.record)) {
        const ids = index.get(key);
        if (ids) ids.add(id);
        else index.set(key, new Set([id]));
      }
    }
    return index;
  }
}

function supportedBeyond(entry: Entry, documentId: string): boolean {
  for (const d of entry.documents) if (d !== documentId) return true;
  return false;
}

/**
 * The record after another document's: new aliases and titles appended, a description where there
 * was none (MERGE_ENTITIES does the same in the graph). The same object when nothing is new.
 */
function mergeRecord(record: EntityRecord, other: EntityRecord): EntityRecord {
  const aliases = other.aliases.filter((a) => !record.aliases.includes(a));
  const titles = (other.titles ?? []).filter((t) => !(record.titles ?? []).includes(t));
  const description = record.description ?? other.description;
  if (aliases.length === 0 && titles.length === 0 && description === record.description) return record;
  const allTitles = [...(record.titles ?? []), ...titles];
  return {
    ...record,
    aliases: [...record.aliases, ...aliases],
    description,
    ...(allTitles.length > 0 ? { titles: allTitles } : {}),
  };
}
