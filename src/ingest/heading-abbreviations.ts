/**
 * Units of an organisation chart with a short form of one or two letters in brackets, alone on
 * their line: „Pressestelle (P)“, „Ministerbüro (MB)“, „Stabsstelle Recht (SR)“. In running text a
 * bracket that short is as often a list mark or a variant („Stufe (B)“), so it defines nothing there
 * (definitions.ts asks for two capitals); a line that holds only a body's name and its bracket is a
 * heading that introduces the short form.
 */
import type { EntityType } from '../graph/model.ts';
import type { Definition } from './definitions.ts';
import { acronymFits } from './definitions.ts';
import { nominative, typeOfName } from './heads.ts';

const HEADING = /^([^\S\n]*)(\p{Lu}[^\n()]{2,80}?) \((\p{Lu}\p{L}?)\)[^\S\n]*$/gmu;
/** Units are bodies; a programme or a law in a chart's heading is no unit. */
const BODIES: ReadonlySet<EntityType> = new Set(['AGENCY', 'ORGANISATION']);

export function headingAbbreviations(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(HEADING)) {
    const [, indent, name, short] = m as unknown as [string, string, string, string];
    // Two capitals („MB“) are an acronym anywhere: definitions.ts reads them.
    if (/^\p{Lu}{2}$/u.test(short) || !acronymFits(short, name)) continue;
    const type = typeOfName(name);
    if (!type || !BODIES.has(type)) continue;
    const start = m.index + indent.length;
    out.push({
      name: nominative(name),
      aliases: [short],
      type,
      start,
      end: m.index + m[0].trimEnd().length,
      description: null,
      how: 'acronym',
    });
  }
  return out;
}
