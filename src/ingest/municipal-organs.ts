/**
 * „die Gemeindevertretung“, „des Kreistags“, „der Magistrat“: in a town's or a district's text a
 * bare organ noun means that place's organ. It names the organ the document names in full
 * („Kreistag des Landkreises Gießen“), else the organ of the place the document is most about: its
 * most often named district for a district's organ, its most often named other place for a town's.
 * The bare word is no alias of the entity: in another town's text it means another body.
 */
import { MUNICIPAL_ORGANS, TOWN_DESIGNATIONS } from '../lang/de/heads.ts';
import { DEFINITE_BEFORE_NAME } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { foldCase } from './fold.ts';
import { genitive } from './heads.ts';
import type { Match, Token } from './matcher.ts';

type PlaceKind = 'town' | 'municipality' | 'district';

/** Places no town's organ belongs to: the Land, the federation, regions. */
const NO_TOWN = /^(?:land |bundesland |bundesrepublik )?(?:hessen|deutschland|europa)$|region|gebiet/i;
const DISTRICT = /kreis\b/i;

/** The organ noun's kind in its nominative, or null: „Kreistags“ → [Kreistag, district]. */
function organOf(word: string): [string, PlaceKind] | null {
  const folded = foldCase(word);
  for (const [organ, kind] of Object.entries(MUNICIPAL_ORGANS)) {
    // The nouns have no umlaut: their folded and written forms are as long.
    if (folded === organ || folded === `${organ}s` || folded === `${organ}es`)
      return [word.slice(0, organ.length), kind];
  }
  return null;
}

/** The most often named place of the kind, when one is named more often than any other. */
function homePlace(doc: Doc, spans: readonly Match[], kind: PlaceKind): string | null {
  const counts = new Map<string, number>();
  // „Fulda“ inside „Landkreis Fulda“ is no mention of the town.
  const inside = (m: Match) =>
    spans.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
  for (const m of spans) {
    if (inside(m)) continue;
    const r = doc.registry.record(m.entityId);
    if (r?.type !== 'PLACE' || NO_TOWN.test(r.name)) continue;
    if (DISTRICT.test(r.name) !== (kind === 'district')) continue;
    counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** How the text styles the town, among the designations a town may bear; else „Stadt“. */
function designation(text: string, place: string): string {
  const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const styles = new Map<string, number>();
  const designations = TOWN_DESIGNATIONS.join('|');
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(${designations})\\s+${escaped}(?!\\p{L})`, 'gu')))
    styles.set(m[1] as string, (styles.get(m[1] as string) ?? 0) + 1);
  return [...styles].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Stadt';
}

/**
 * The organ's name with its place, as the Land's municipal code writes it where it has a form:
 * „Kreistag des Landkreises Gießen“, „Magistrat der Stadt Kassel“ (or as the text styles the town:
 * „der Landeshauptstadt Wiesbaden“); a municipality's organ by its
 * place alone („Gemeindevertretung Eichenzell“).
 */
function organName(doc: Doc, organ: string, place: string, kind: PlaceKind): string {
  if (kind === 'town') return `${organ} der ${designation(doc.text, place)} ${place}`;
  const of = kind === 'district' ? genitive(place) : null;
  return of ? `${organ} ${of.replace(/kreis\b/i, (k) => `${k}es`)}` : `${organ} ${place}`;
}

/**
 * „der Kreistag“ where the text names „Kreisausschuss des Vogelsbergkreises“: another organ of the
 * same kind of place, named with it, names the place as the text styles it.
 */
function siblingName(doc: Doc, organ: string, kind: PlaceKind): string | null {
  const siblings = Object.entries(MUNICIPAL_ORGANS).filter(([, k]) => k === kind);
  const places = new Set<string>();
  for (const r of doc.registry.derivedRecords()) {
    if (r.type !== 'GOVERNMENT') continue;
    const sibling = siblings.find(([noun]) => foldCase(r.name).startsWith(`${noun} `));
    if (sibling) places.add(r.name.slice(sibling[0].length));
  }
  const [place, ...others] = places;
  return place && others.length === 0 ? `${organ}${place}` : null;
}

function within(spans: readonly Match[], t: Token): boolean {
  return spans.some((m) => m.start <= t.start && t.end <= m.end);
}

/** Mentions of bare organ nouns, each linked to its place's organ (registered when new). */
export function municipalOrgans(doc: Doc, spans: readonly Match[]): Match[] {
  const out: Match[] = [];
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const organ = organOf(t.text);
    if (!organ || !DEFINITE_BEFORE_NAME.test(tokens[i - 1]?.text ?? '') || within(spans, t)) continue;
    const [noun, kind] = organ;
    const named = doc.registry
      .derivedRecords()
      .filter((r) => r.type === 'GOVERNMENT' && r.name.startsWith(`${noun} `));
    let entityId = named.length === 1 ? named[0]?.id : undefined;
    if (!entityId && named.length === 0) {
      // The text's own styling of the place first: „der Gemeinde Burgwald“ of a sibling organ.
      const place = homePlace(doc, spans, kind);
      const name = siblingName(doc, noun, kind) ?? (place ? organName(doc, noun, place, kind) : null);
      if (!name) continue;
      entityId = doc.registry.resolve({
        name,
        type: 'GOVERNMENT',
        aliases: [],
        description: null,
        origin: 'head-noun',
      });
    }
    if (entityId)
      out.push({ entityId, start: t.start, end: t.end, surface: t.text, label: noun, kind: 'name' });
  }
  return out;
}
