/**
 * Entity resolution within a document: everything the text defines (definitions, cabinet
 * table) is resolved first against the catalog (name, then alias), then against what the
 * document already defined (same folded key or overlapping alias), then by the core of its name
 * (name-variants.ts: „Muster eG“, „Genossenschaft Muster“ and „Muster“ meet). Canonical ids: the
 * catalog's id, else `slug(name)` so that the same name gets the same id in every document.
 */
import type { EntityRecord, EntityType } from '../graph/model.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { foldKey } from './fold.ts';
import { initialsFit, isAcronymShape } from './initials.ts';
import { splitLegalForm } from './legal-forms.ts';
import type { MatchIndex } from './matcher.ts';
import { EXACT_TYPES, nameCore, nameVariant, shortenedNames } from './name-variants.ts';
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

/**
 * A name typed only by a guess — the tagger's class or its own head word („Kommunalnetz Vogelsberg“)
 * —, without a legal form, a classifying noun or a definition that states the type.
 */
function isBare(r: { name: string; origin: EntityRecord['origin'] }): boolean {
  return (r.origin === 'ner' || r.origin === 'head-noun') && nameCore(r.name) === r.name.trim();
}

/**
 * Whether a candidate may be resolved to a record whose name shares its core: same type, or one of
 * the two is a bare name whose type was guessed („Muster“ beside „Muster eG“).
 */
function variantsMeet(c: Candidate, r: Pick<EntityRecord, 'name' | 'type' | 'origin'>): boolean {
  // „Lahnwerk eG“ and „Lahnwerk GmbH“: two legal forms, two bodies.
  const forms = [c.name, r.name].map((n) => splitLegalForm(n)?.form);
  if (forms[0] && forms[1] && foldKey(forms[0]) !== foldKey(forms[1])) return false;
  if (c.type === r.type) return true;
  if (EXACT_TYPES.has(c.type) || EXACT_TYPES.has(r.type)) return false;
  return isBare(c) || isBare(r);
}

/**
 * „IHK Darmstadt Rhein Main Neckar“ for „Industrie- und Handelskammer Darmstadt Rhein Main Neckar“:
 * one name opens with an acronym of the other's opening words, and the rest is the same.
 */
export function acronymOpens(short: string, long: string): boolean {
  if (!opensWithAcronym(short)) return false;
  const [first = '', ...rest] = short.trim().split(/\s+/);
  const tail = ` ${rest.join(' ')}`;
  if (!foldKey(long).endsWith(foldKey(tail)) || foldKey(long) === foldKey(tail)) return false;
  const words = long.trim().split(/\s+/);
  const opening = words.slice(0, words.length - rest.length).join(' ');
  return opening.includes(' ') || opening.includes('-') ? initialsFit(first, opening) : false;
}

/** „IHK Darmstadt …“: a name of two words or more whose first is an acronym. */
function opensWithAcronym(name: string): boolean {
  const [first, ...rest] = name.trim().split(/\s+/);
  return first !== undefined && rest.length > 0 && isAcronymShape(first);
}

/** The catalog's entries whose name opens with an acronym: the few a spelled-out name may meet. */
const catalogAcronymNames = new WeakMap<Catalog, readonly CatalogEntry[]>();

function acronymNamed(catalog: Catalog): readonly CatalogEntry[] {
  let entries = catalogAcronymNames.get(catalog);
  if (!entries) {
    entries = catalog.entries.filter((e) => opensWithAcronym(e.name));
    catalogAcronymNames.set(catalog, entries);
  }
  return entries;
}

/** Core keys of the catalog's names and aliases → entry id (null: two entries share it). */
const catalogCores = new WeakMap<Catalog, Map<string, string | null>>();

function coresOf(catalog: Catalog): Map<string, string | null> {
  let cores = catalogCores.get(catalog);
  if (!cores) {
    cores = new Map();
    for (const e of catalog.entries) {
      if (EXACT_TYPES.has(e.type)) continue;
      for (const label of [e.name, ...e.aliases]) claim(cores, label, e.id);
    }
    catalogCores.set(catalog, cores);
  }
  return cores;
}

/** Records `id` under the core key of `label`; a key two entities claim belongs to neither. */
function claim(cores: Map<string, string | null>, label: string, id: string): void {
  const core = nameVariant(label)?.core;
  const keys = [...(core ? [foldKey(core)] : []), ...shortenedNames(label).map(shortKey)];
  for (const key of keys) {
    const held = cores.get(key);
    cores.set(key, held === undefined || held === id ? id : null);
  }
}

/** Key of a name cut before a conjunct of its complement (kept apart from the cores). */
function shortKey(name: string): string {
  return `short:${foldKey(name)}`;
}

export class EntityRegistry {
  private readonly derived = new Map<string, EntityRecord>();
  private readonly byKey = new Map<string, string>();
  /** Core keys of names with a legal form or a classifying noun → entity id (null: ambiguous). */
  private readonly byCore = new Map<string, string | null>();
  /** Entities the graph holds from earlier documents: resolved to, never re-created. */
  private readonly known = new Map<string, EntityRecord>();
  /** The graph's entities whose name opens with an acronym (see byAcronymOpening). */
  private readonly knownAcronymNamed: EntityRecord[] = [];

  constructor(
    private readonly catalog: Catalog,
    private readonly catalogIndex: MatchIndex,
  ) {}

  /** Makes entities of earlier documents resolvable by name and alias (catalog entries stay first). */
  addKnown(records: readonly EntityRecord[]): void {
    for (const r of records) {
      if (this.catalog.byId.has(r.id)) continue;
      this.known.set(r.id, r);
      if (opensWithAcronym(r.name)) this.knownAcronymNamed.push(r);
      for (const label of [r.name, ...r.aliases]) {
        const key = foldKey(label);
        if (key.length > 0 && !this.byKey.has(key)) this.byKey.set(key, r.id);
        if (!EXACT_TYPES.has(r.type)) claim(this.byCore, label, r.id);
      }
    }
  }

  /** The entity whose name is a variant of the candidate's (same core), when exactly one is. */
  private byVariant(c: Candidate): string | undefined {
    if (EXACT_TYPES.has(c.type)) return undefined;
    const labels = [c.name, ...c.aliases];
    const hits = new Set<string>();
    for (const label of labels) {
      const full = foldKey(label);
      const core = foldKey(nameVariant(label)?.core ?? label);
      for (const key of new Set([core, full])) {
        if (key.length < 2) continue;
        const catalogId = coresOf(this.catalog).get(key);
        if (catalogId) hits.add(catalogId);
        if (catalogId === null) return undefined;
        const own = this.byCore.get(key);
        if (own) hits.add(own);
        if (own === null) return undefined;
      }
      // „Muster“ after „Muster eG“ is found above; „Genossenschaft Muster“ after „Muster“ here.
      if (core !== full) {
        const exact = this.catalogIndex.lookup(nameVariant(label)?.core ?? label);
        if (exact && exact.kind !== 'surname') hits.add(exact.entityId);
        const id = this.byKey.get(core);
        if (id) hits.add(id);
      }
    }
    // „… für Wirtschaft, Energie, Verkehr und Landesentwicklung“: a former name of the one body of
    // that type whose name shares the longest cut („… für Wirtschaft, Energie, Verkehr“).
    if (hits.size === 0) return this.byShortened(c);
    if (hits.size !== 1) return undefined;
    const [id] = hits as Set<string>;
    const record = this.record(id as string);
    return record && variantsMeet(c, record) ? id : undefined;
  }

  private byShortened(c: Candidate): string | undefined {
    const cuts = shortenedNames(c.name).sort((a, b) => b.length - a.length);
    for (const cut of cuts) {
      const key = shortKey(cut);
      const id = this.byCore.get(key) ?? coresOf(this.catalog).get(key);
      if (id === null) return undefined;
      if (id) return this.record(id)?.type === c.type ? id : undefined;
    }
    return undefined;
  }

  /** The one body whose name the candidate's opens with an acronym of, or that opens so with the candidate's. */
  private byAcronymOpening(c: Candidate): string | undefined {
    // (A tagger's place that opens with an acronym is a guess too.)
    if (EXACT_TYPES.has(c.type) && c.origin !== 'ner') return undefined;
    // A short candidate may meet any long name; a long one only the few names that open with an
    // acronym (the whole list is walked only for the rare candidate that does).
    const short = opensWithAcronym(c.name);
    const records = short
      ? [...this.catalog.entries, ...this.known.values(), ...this.derived.values()]
      : [...acronymNamed(this.catalog), ...this.knownAcronymNamed, ...this.derived.values()];
    const hits = new Set(
      records
        .filter((r) => !EXACT_TYPES.has(r.type))
        .filter((r) => acronymOpens(c.name, r.name) || acronymOpens(r.name, c.name))
        .map((r) => r.id),
    );
    if (hits.size !== 1) return undefined;
    const [id] = hits as Set<string>;
    // The name with its words spelled out says what the body is; a tagger's guess on the short one yields.
    const guessed = this.derived.get(id as string);
    if (guessed && !this.known.has(guessed.id) && guessed.origin === 'ner' && c.origin !== 'ner')
      guessed.type = c.type;
    return id;
  }

  /** Canonical id of a candidate; registers it when neither the catalog nor the document knows it. */
  resolve(c: Candidate): string {
    const keys = [c.name, ...c.aliases].map(foldKey).filter((k) => k.length > 0);
    // „Fraunhofer-Institut für … (SIT)“: a short form the text gives a catalog body names it here.
    const cataloged = (id: string) => {
      for (const k of keys) if (!this.byKey.has(k)) this.byKey.set(k, id);
      return id;
    };
    const byName = this.catalogIndex.lookup(c.name);
    if (byName && byName.kind !== 'surname') return cataloged(byName.entityId);
    for (const alias of c.aliases) {
      const hit = this.catalogIndex.lookup(alias);
      if (hit && this.catalog.byId.get(hit.entityId)?.type === c.type) return cataloged(hit.entityId);
    }
    let known = keys.map((k) => this.byKey.get(k)).find((id) => id !== undefined);
    if (known && this.catalog.byId.has(known)) return known;
    if (!known) {
      const variant = this.byVariant(c) ?? this.byAcronymOpening(c);
      if (variant && this.catalog.byId.has(variant)) return variant;
      const guessed = variant ? this.derived.get(variant) : undefined;
      // „Muster“ typed by a guess earlier in this document takes the type „Muster eG“ states.
      if (guessed && !this.known.has(guessed.id) && isBare(guessed) && !isBare(c)) guessed.type = c.type;
      known = variant;
    }
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
      if (!EXACT_TYPES.has(record.type))
        for (const label of [c.name, ...c.aliases]) claim(this.byCore, label, known);
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
    if (!EXACT_TYPES.has(c.type)) for (const label of [c.name, ...c.aliases]) claim(this.byCore, label, id);
    return id;
  }

  /** Entities the document itself defined (not in the catalog). */
  derivedRecords(): EntityRecord[] {
    return [...this.derived.values()];
  }

  /** Id of the one entity whose name has this core („Muster“ for „Muster eG“), if exactly one has. */
  variantOf(label: string): string | undefined {
    const key = foldKey(label);
    return this.byCore.get(key) ?? coresOf(this.catalog).get(key) ?? undefined;
  }

  /**
   * Id of the entity this document's own definition gives the label („Zentrum für Interdisziplinäre
   * Technikforschung (ZIT)“), if any: in this document the label means that, whatever else the
   * catalog knows by it.
   */
  definedHere(label: string): string | undefined {
    const id = this.byKey.get(foldKey(label));
    const record = id === undefined || this.known.has(id) ? undefined : this.derived.get(id);
    return record?.origin === 'definition' ? id : undefined;
  }

  /** Id of an entity known under this name or alias (document or graph), if any. */
  idOf(label: string): string | undefined {
    return this.byKey.get(foldKey(label));
  }

  /** Id of an entity the catalog, the graph or this document knows under this name or alias, if any. */
  find(label: string): string | undefined {
    const hit = this.catalogIndex.lookup(label);
    return hit && hit.kind !== 'surname' ? hit.entityId : this.idOf(label);
  }

  record(id: string): EntityRecord | undefined {
    const entry = this.catalog.byId.get(id);
    return entry ? catalogRecord(entry) : (this.derived.get(id) ?? this.known.get(id));
  }
}
