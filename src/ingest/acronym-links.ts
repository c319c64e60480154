/**
 * An acronym the text uses for a body the load knows, without defining it: „das HMD“ for the
 * „Hessisches Ministerium für Digitalisierung und Innovation“ (initials.ts), or a short form in
 * brackets right after the body's name that fits the name's tail („Fraunhofer-Institut für Sichere
 * Informationstechnologie (SIT)“). It links to that body when exactly one known body fits, instead
 * of making an organisation of its own; the link holds for this document only.
 */
import type { EntityType } from '../graph/model.ts';
import { INSTITUTIONS } from '../lang/de/frames/index.ts';
import type { Doc } from './doc.ts';
import { initialsFit, initialsFitTail, isAcronymShape } from './initials.ts';
import type { Match } from './matcher.ts';

/** Kinds of body an acronym may stand for. */
const BODIES: ReadonlySet<EntityType> = new Set(INSTITUTIONS);

export interface Named {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** The one body whose name or longer alias the acronym's initials fit, or null (none or several). */
export function bodyByInitials(acronym: string, bodies: readonly Named[]): string | null {
  const ids = new Set<string>();
  for (const b of bodies) {
    if (!BODIES.has(b.type)) continue;
    const labels = [b.name, ...b.aliases].filter((l) => l.includes(' '));
    if (labels.some((l) => initialsFit(acronym, l))) ids.add(b.id);
    if (ids.size > 1) return null;
  }
  return ids.size === 1 ? ([...ids][0] as string) : null;
}

/** „Name (ABK)“: the body named right before the bracket, when the acronym fits its name's tail. */
function bracketed(
  doc: Doc,
  start: number,
  end: number,
  spans: readonly Match[],
  bodies: Map<string, Named>,
): string | null {
  if (doc.text[start - 1] !== '(' || doc.text[end] !== ')') return null;
  const before = spans.find((m) => /^\s?$/.test(doc.text.slice(m.end, start - 1)) && m.end <= start - 1);
  const body = before ? bodies.get(before.entityId) : undefined;
  if (!before || !body || !BODIES.has(body.type)) return null;
  const acronym = doc.text.slice(start, end);
  return [body.name, before.surface].some((l) => initialsFitTail(acronym, l)) ? body.id : null;
}

/**
 * Acronym → body id for every acronym in the text that no name list knows and one known body fits.
 * `spans` are the names matched in the text so far (catalog, graph, document).
 */
export function acronymLinks(
  doc: Doc,
  bodies: readonly Named[],
  spans: readonly Match[],
): Map<string, string> {
  const links = new Map<string, string>();
  const refused = new Set<string>();
  const byId = new Map(bodies.map((b) => [b.id, b]));
  for (const t of doc.tokens) {
    if (!isAcronymShape(t.text) || refused.has(t.text)) continue;
    if (spans.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    // The text gave it to a body already („… (SIT)“): a catalog body's short form is linked like the others.
    const given = doc.registry.idOf(t.text);
    if (given) {
      if (byId.has(given)) links.set(t.text, given);
      continue;
    }
    const id =
      bracketed(doc, t.start, t.end, spans, byId) ?? links.get(t.text) ?? bodyByInitials(t.text, bodies);
    if (id) links.set(t.text, id);
    else refused.add(t.text);
  }
  return links;
}
