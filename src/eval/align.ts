/**
 * Which extracted entity is which gold entity. Independent of the loader's own matching (the
 * yardstick must not share the code it measures): names and aliases compared case-, whitespace-,
 * quote- and diacritic-insensitively, and the type must agree.
 */
import type { EntityRecord } from '../graph/model.ts';
import type { GoldEntity } from './gold.ts';

const QUOTES = /["'„“”‚‘’»«›‹`´]/g;

/** Comparison key of a name: „Telefónica“ and "telefonica", »OZG 2.0« and OZG 2.0 meet. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(QUOTES, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

type Extracted = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>;

/** How well two entities' labels meet: name = name beats name = alias beats alias = alias. */
function strength(gold: GoldEntity, extracted: Extracted): number {
  const goldName = nameKey(gold.name);
  const goldAliases = new Set(gold.aliases.map(nameKey));
  if (gold.titles.length > 0) goldAliases.add(nameKey(`${gold.titles.join(' ')} ${gold.name}`));
  const name = nameKey(extracted.name);
  const aliases = extracted.aliases.map(nameKey);
  if (name === goldName) return 3;
  if (goldAliases.has(name) || aliases.includes(goldName)) return 2;
  return aliases.some((a) => goldAliases.has(a)) ? 1 : 0;
}

export interface Alignment {
  /** Extracted entity id → gold entity name, for every extracted entity that is a gold entity. */
  goldOf: Map<string, string>;
  /** Why an extracted entity is not aligned although its labels meet a gold entity's. */
  typeMismatch: Map<string, { gold: GoldEntity; extractedType: string }>;
}

/** Aligns every extracted entity to the gold entity whose labels it meets best (same type only). */
export function alignEntities(gold: readonly GoldEntity[], extracted: readonly Extracted[]): Alignment {
  const goldOf = new Map<string, string>();
  const typeMismatch = new Map<string, { gold: GoldEntity; extractedType: string }>();
  for (const e of extracted) {
    let best: GoldEntity | undefined;
    let bestStrength = 0;
    for (const g of gold) {
      const s = strength(g, e);
      if (s === 0) continue;
      if (g.type !== e.type) {
        if (!typeMismatch.has(e.id)) typeMismatch.set(e.id, { gold: g, extractedType: e.type });
        continue;
      }
      if (s > bestStrength) {
        best = g;
        bestStrength = s;
      }
    }
    if (best) {
      goldOf.set(e.id, best.name);
      typeMismatch.delete(e.id);
    }
  }
  return { goldOf, typeMismatch };
}
