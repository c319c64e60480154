/**
 * Repairs of where the tagger hangs a place phrase: on the verb where it follows a name („im
 * Gebäude des Fraunhofer IGD in Darmstadt“), on the noun before a seat noun where it follows the
 * seat („mit Sitz in Fulda“). The place says where the name or the seat is.
 */
import { SEAT_NOUN } from '../lang/de/relation-rules.ts';
import { typeFromHead } from './heads.ts';
import { childrenOf, type ParsedSentence, type ParsedToken, rehang } from './parse-tree.ts';

/** A place by its tagger class or its head noun („Landkreis Fulda“, „Gemeinde Eichenzell“). */
function isPlace(t: ParsedToken): boolean {
  return t.ner === 'LOCATION' || typeFromHead(t.word) === 'PLACE';
}

/** Where a name can end: a name's word by its tagger class or head noun, or the bracket after its acronym. */
function endsName(s: ParsedSentence, t: ParsedToken | undefined): boolean {
  if (!t) return false;
  if (t.word === ')') return endsName(s, s.tokens[t.i - 1]);
  const type = typeFromHead(t.word);
  return (
    t.pos === 'PROPN' ||
    t.ner === 'ORGANIZATION' ||
    isPlace(t) ||
    (type !== null && NAMED_AT_A_PLACE.has(type))
  );
}

/** Only the place's article and adjectives stand between its preposition and it: „im nordhessischen Landkreis …“. */
function onlyModifiersBetween(s: ParsedSentence, prep: ParsedToken, place: ParsedToken): boolean {
  return s.tokens.slice(prep.i + 1, place.i).every((t) => t.head === place.i && /^(?:det|amod)$/.test(t.dep));
}

/** What stands somewhere: towns and bodies, not events or programmes (their place is where they happen). */
const NAMED_AT_A_PLACE = new Set(['PLACE', 'AGENCY', 'ORGANISATION', 'MINISTRY', 'GOVERNMENT']);

/**
 * „kann die Gemeinde Eichenzell im Landkreis Fulda … beginnen“, „im Gebäude des Fraunhofer IGD in
 * Darmstadt“ parsed with the place phrase on the verb: a place phrase right after a name, in the
 * same clause, says where the town or the body is.
 */
export function lowerPlaceAfterName(s: ParsedSentence, place: ParsedToken): void {
  if (!place.dep.startsWith('obl') || !isPlace(place)) return;
  const prep = childrenOf(s, place, 'case')[0];
  if (!prep || !/^(?:in|im)$/.test(prep.key)) return;
  if (!onlyModifiersBetween(s, prep, place)) return;
  let name = s.tokens[prep.i - 1];
  if (!name || !endsName(s, name) || name.pos === 'ADP') return;
  if (name.word === ')') name = s.tokens[name.i - 1];
  // The name belongs to another argument of the same verb; a body as the subject acts there
  // („hat der Rat in Berlin beschlossen“), a town as the subject still lies there.
  let arg: ParsedToken | undefined = name;
  while (arg && arg.head >= 0 && arg.head !== place.head) arg = s.tokens[arg.head];
  if (!name || !arg || arg.head !== place.head || !/^(?:nsubj|obj|iobj|obl)/.test(arg.dep)) return;
  if (arg.dep.startsWith('nsubj') && !isPlace(name)) return;
  rehang(s, place, name, 'nmod');
}

/**
 * „eine Körperschaft des öffentlichen Rechts mit Sitz in Fulda“ parsed with „in Fulda“ on „Rechts“:
 * a place phrase right after a seat noun („Sitz“, „Hauptsitz“, „Standort“) names that seat.
 */
export function placeOfSeat(s: ParsedSentence, place: ParsedToken): void {
  const prep = childrenOf(s, place, 'case')[0];
  const seat = prep && s.tokens[prep.i - 1];
  if (!prep || !seat || !isPlace(place) || !SEAT_NOUN.test(seat.key) || place.head === seat.i) return;
  if (!onlyModifiersBetween(s, prep, place)) return;
  rehang(s, place, seat, 'nmod');
}
