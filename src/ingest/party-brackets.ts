/**
 * Parties named in a bracket after a person's name: „Anna Beispiel (FW)“, „Jonas Muster (Volt)“.
 * The catalog knows the large parties; an unknown one counts where the text is parliamentary (or
 * already names a known party that way) and the bracket reads as a party: an abbreviation
 * („BSW“, „B90/Grüne“), a party's shape („Freie Wähler“), or a word the text puts after two people.
 */
import { PARLIAMENTARY } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';
import { isPartyName } from './heads.ts';

/**
 * A bracket after a capitalised name: „Muster (FW)“, „Muster (Freie Wähler, Kassel)“ → the first
 * part, every word of it capitalised („(Beifall bei der SPD)“ is no party).
 */
const BRACKET =
  /(\p{Lu}[\p{L}’'-]+) \((\p{Lu}[\p{L}\d./-]*(?: [\p{Lu}\d][\p{L}\d./-]*){0,3})(?:, [^()\n]*)?\)/gu;

function partyShaped(label: string): boolean {
  const compact = label.replace(/[^\p{L}]/gu, '');
  const capitals = compact.replace(/[^\p{Lu}]/gu, '').length;
  return (capitals >= 2 && compact.length <= 10 && label.split(/\s+/).length === 1) || isPartyName(label);
}

/**
 * Labels of the parties the brackets after people name; `kind` tells what an earlier list already
 * knows a label as ('PARTY', another type, or undefined).
 */
export function bracketParties(doc: Doc, kind: (label: string) => string | undefined): string[] {
  // After a name the tagger reads as a person's, or after a surname (the word before the bracket).
  const people = new Set<number>();
  for (const sentence of doc.annotation?.sentences ?? [])
    for (const e of sentence.entities) if (e.ner === 'PERSON') people.add(e.end);
  const brackets: { label: string; person: string; tagged: boolean }[] = [];
  for (const m of doc.text.matchAll(BRACKET)) {
    const end = m.index + (m[1] as string).length;
    brackets.push({ label: m[2] as string, person: m[1] as string, tagged: people.has(end) });
  }
  const parliamentary = PARLIAMENTARY.test(doc.text) || brackets.some((b) => kind(b.label) === 'PARTY');
  if (!parliamentary) return [];
  const after = new Map<string, Set<string>>();
  for (const b of brackets) after.set(b.label, (after.get(b.label) ?? new Set()).add(b.person));
  const shaped = new Set(brackets.filter((b) => b.tagged && partyShaped(b.label)).map((b) => b.label));
  return [...after]
    .filter(([label, who]) => kind(label) === undefined && (shaped.has(label) || who.size >= 2))
    .map(([label]) => label);
}

/** The type of the entity the load knows under this label (catalog, graph, this document), if any. */
function knownType(doc: Doc, label: string): string | undefined {
  const c = doc.candidates;
  const at = [...c.catalog, ...c.known].find((m) => m.surface === label);
  const id = at?.entityId ?? doc.registry.idOf(label);
  return id ? doc.registry.record(id)?.type : undefined;
}

/** Registers the parties the brackets after people name that no list knows yet. */
export function addBracketParties(doc: Doc): void {
  for (const name of bracketParties(doc, (label) => knownType(doc, label)))
    doc.registry.resolve({ name, type: 'PARTY', aliases: [], description: null, origin: 'party-bracket' });
}
