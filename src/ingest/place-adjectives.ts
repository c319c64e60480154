/**
 * A town named by its adjective: „der Darmstädter Energieversorger“, „die Frankfurter Stadtwerke“,
 * „das Gießener Rechenzentrum“. German forms it from the name with „-er“ (and often an umlaut:
 * Darmstadt → Darmstädter): the adjective is a mention of the town. Whether what it modifies is
 * located there, the adjective does not say („die Frankfurter Rede“ of a Wiesbaden minister), so
 * no relation is claimed. A street („Mainzer Straße“) is no mention of the town.
 */
import { STREET_WORDS } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import type { Match } from './matcher.ts';
import type { ParsedToken } from './parse.ts';

/**
 * The name an „-er“ adjective comes from: „Fuldaer“ → Fulda, „Kasseler“ → Kassel; a town in
 * „-stadt“ takes an umlaut („Darmstädter“ → Darmstadt). „Hessischer“ is no town's adjective.
 */
function placeName(word: string): string | undefined {
  // („Hessischer“, „Deutscher“: the adjectives of a Land and a nation, no town's.)
  const stem = /^(\p{Lu}[\p{L}-]{2,})er$/u.exec(word)?.[1];
  if (!stem || /sch$/u.test(stem)) return undefined;
  return stem.replace(/städt$/u, 'stadt');
}

/** Stems of adjectives that come from a region's or Land's name, not a town's: „Thüringer“, „Saarländer“. */
const LAND_STEMS = /(?:ing|länd|land)$/u;

/**
 * The town a capitalised adjective before a noun stands for: a place the load knows by that
 * name, or a new one where the tagger reads the adjective as a name and the dictionary knows it
 * as no common adjective.
 */
function placeOf(doc: Doc, t: ParsedToken): string | undefined {
  const name = t.dep === 'amod' || t.dep === 'compound' ? placeName(t.word) : undefined;
  if (!name) return undefined;
  // „Thüringer“ → Thüringen, „Münsteraner“ → Münster: a known place whose name the stem opens.
  const id = doc.registry.find(name) ?? doc.registry.find(`${name}en`);
  if (id) return doc.registry.record(id)?.type === 'PLACE' ? id : undefined;
  // A Land's adjective („Thüringer“, „Saarländer“) is no town's: a new town needs the name in full.
  if (LAND_STEMS.test(name)) return undefined;
  // The dictionary gives a common adjective („Digitaler“ → digital) a lower-case lemma.
  if (!/^(?:LOCATION|MISC)$/.test(t.ner) || !/^\p{Lu}/u.test(t.lemma)) return undefined;
  return doc.registry.resolve({
    name,
    type: 'PLACE',
    aliases: [],
    description: null,
    origin: 'place-adjective',
  });
}

/** Mentions of towns by their adjective, for the candidates: „Darmstädter“ → Darmstadt. */
export function placeAdjectiveMatches(doc: Doc): Match[] {
  const out: Match[] = [];
  for (const s of doc.parses)
    for (const t of s.tokens) {
      const noun = s.tokens[t.head];
      if (!noun || STREET_WORDS.has(noun.key) || !/^\p{Lu}/u.test(t.word)) continue;
      const id = placeOf(doc, t);
      if (id)
        out.push({ entityId: id, start: t.start, end: t.end, surface: t.word, label: t.word, kind: 'name' });
    }
  return out;
}
