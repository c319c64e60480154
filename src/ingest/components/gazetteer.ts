/**
 * gazetteer: names the load already knows — the curated catalog and every entity the graph holds
 * from earlier documents — found in this text, also by the core of a name („Muster“ for „Muster
 * eG“, variant-index.ts). People are matched by full name here; a surname alone is left to the
 * `people` component, which knows when a surname stands for a person.
 */
import type { EntityRecord } from '../../graph/model.ts';
import type { Catalog } from '../catalog.ts';
import type { Doc } from '../doc.ts';
import { type Match, MatchIndex } from '../matcher.ts';
import { listedDistrict } from '../tagged-names.ts';
import { truncatedCompounds } from '../truncated-compounds.ts';
import { VariantIndex } from '../variant-index.ts';
import type { Component } from './component.ts';

interface KnownIndex {
  exact: MatchIndex;
  variants: VariantIndex;
}

const knownIndexes = new WeakMap<readonly EntityRecord[], KnownIndex>();
const catalogVariants = new WeakMap<Catalog, VariantIndex>();

function addRecords(index: KnownIndex, records: readonly EntityRecord[], from: number): void {
  for (let i = from; i < records.length; i++) {
    const e = records[i] as EntityRecord;
    for (const label of [e.name, ...e.aliases]) index.exact.add({ entityId: e.id, label, kind: 'name' });
    index.variants.add(e);
  }
}

function catalogVariantIndex(catalog: Catalog): VariantIndex {
  let index = catalogVariants.get(catalog);
  if (!index) {
    index = new VariantIndex(catalog.entries);
    catalogVariants.set(catalog, index);
  }
  return index;
}

/** The list the newest index was built over: the next document's list usually extends it. */
let newest: readonly EntityRecord[] | null = null;

function extendsNewest(known: readonly EntityRecord[]): boolean {
  if (!newest || known.length < newest.length) return false;
  for (let i = 0; i < newest.length; i++) if (known[i] !== newest[i]) return false;
  return true;
}

/**
 * The match index over `known`. A load hands each document the entities of the documents before it,
 * a list that only grows at its end; indexing adds terms in order (the first entity to claim a key
 * keeps it), so the previous document's index extended by the new entities is the index of the
 * whole list, built in time proportional to what is new rather than to everything known.
 */
function knownIndex(known: readonly EntityRecord[]): KnownIndex {
  let index = knownIndexes.get(known);
  if (index) return index;
  if (newest && extendsNewest(known)) {
    index = knownIndexes.get(newest) as KnownIndex;
    // That index now answers for `known` only: the shorter list gets its own if asked again.
    knownIndexes.delete(newest);
    addRecords(index, known, newest.length);
  } else {
    index = { exact: new MatchIndex(), variants: new VariantIndex() };
    addRecords(index, known, 0);
  }
  knownIndexes.set(known, index);
  newest = known;
  return index;
}

/**
 * „die Landkreise Waldeck-Frankenberg, Kassel und Schwalm-Eder“: a known town's name in a list of
 * districts names the district (tagged-names.ts reads such lists the same way).
 */
function asListedDistrict(doc: Doc, m: Match): Match {
  if (doc.registry.record(m.entityId)?.type !== 'PLACE') return m;
  const district = listedDistrict(doc, m.start, m.surface);
  const entityId = district ? doc.registry.find(district) : undefined;
  return entityId ? { ...m, entityId } : m;
}

export const gazetteer: Component = {
  name: 'gazetteer',
  // The tagger's parse tells where a one-word core is a name (variant-index.ts).
  requires: ['text', 'tokens', 'parses', 'registry'],
  assigns: ['candidates', 'registry'],
  run(doc, ctx) {
    doc.registry.addKnown(ctx.known);
    const known = knownIndex(ctx.known);
    const catalog = [
      ...ctx.catalogIndex.candidates(doc.text, doc.tokens).map((m) => asListedDistrict(doc, m)),
      ...truncatedCompounds(doc.text, ctx.catalogIndex),
    ];
    const graph = known.exact.candidates(doc.text, doc.tokens);
    const exact = [...catalog, ...graph];
    doc.candidates.catalog = [...catalog, ...catalogVariantIndex(ctx.catalog).candidates(doc, exact)];
    doc.candidates.known = [...graph, ...known.variants.candidates(doc, exact)];
  },
};
