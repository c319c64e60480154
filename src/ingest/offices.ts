/**
 * Offices held by people: a role noun („Staatssekretär“, „Digitalministerin“, „Landrätin“) tied to a
 * person — right before the name, in an apposition („der Direktor der HZD, Thomas Kaspar“), or as
 * predicate („Leiter des Hubs ist Tim Göttlich“) — and to the body of the office: the noun's own
 * genitive or prepositional attribute („der HZD“, „im HMDI“), the first part of a compound
 * („Digital-ministerin“ → Digitalministerium), or the office's default („Ministerpräsident“ → Landesregierung).
 */
import type { EntityType } from '../graph/model.ts';
import { type OfficeWord, officeOf } from '../lang/de/roles.ts';
import type { Doc, FoundRelation } from './doc.ts';
import { foldKey } from './fold.ts';
import type { Match } from './matcher.ts';
import { caseOf, childrenOf, type ParsedSentence, type ParsedToken, subtreeSpan } from './parse.ts';

/** The entity whose mention covers [start, end), if any. */
export type EntityAt = (start: number, end: number) => { entityId: string; type: EntityType } | undefined;

/** Role as written, in the nominative singular: „Staatssekretärs“ → „Staatssekretär“. */
function roleTitle(surface: string, office: OfficeWord): string {
  const stemLength = office.prefix.length + office.office.stem.length;
  const folded = foldKey(surface);
  const ending = folded.slice(stemLength);
  if (ending === 'in' || ending === 'innen') return surface.replace(/innen$/, 'in');
  // Keep the adjectival nouns' -e/-er ("Vorsitzende", "Beauftragter"); drop genitive/plural endings.
  return /^(?:s|es|en|n)$/.test(ending) && !/(?:end|agt)$/.test(office.office.stem)
    ? surface.slice(0, surface.length - ending.length)
    : surface;
}

function personToken(
  s: ParsedSentence,
  office: ParsedToken,
  isPerson: (t: ParsedToken) => boolean,
): ParsedToken | undefined {
  const next = s.tokens.slice(office.i + 1).find((t) => !/^(?:Dr|Prof|h\.?\s?c|\.)\.?$/u.test(t.word));
  if (next && isPerson(next)) return next;
  const linked = [
    ...childrenOf(s, office, 'appos', 'nsubj', 'flat', 'nmod'),
    ...(office.head >= 0 && ['appos', 'nsubj'].some((d) => office.dep.startsWith(d))
      ? [s.tokens[office.head] as ParsedToken]
      : []),
  ];
  const viaCopula =
    office.head >= 0 ? childrenOf(s, s.tokens[office.head] as ParsedToken, 'nsubj', 'obj') : [];
  return [...linked, ...viaCopula].find((t) => t !== office && isPerson(t));
}

function bodyOf(
  doc: Doc,
  s: ParsedSentence,
  office: ParsedToken,
  word: OfficeWord,
  entityAt: EntityAt,
  lookup: (label: string) => string | undefined,
): string | undefined {
  const fits = (type: EntityType) => word.office.body.includes(type);
  for (const attr of childrenOf(s, office, 'nmod', 'obl')) {
    const hit = entityAt(attr.start, attr.end);
    if (hit && fits(hit.type)) return hit.entityId;
  }
  // „Ministerin für Digitale Strategie und Entwicklung“ → „Ministerium für Digitale Strategie und Entwicklung“.
  const portfolio = childrenOf(s, office, 'nmod').find((c) =>
    ['fuer', 'der', 'des'].includes(caseOf(s, c) ?? childrenOf(s, c, 'det')[0]?.key ?? ''),
  );
  if (portfolio && word.office.bodyHeads?.includes('ministerium')) {
    const from = Math.min(...[portfolio, ...childrenOf(s, portfolio, 'case', 'det')].map((t) => t.start));
    const id = lookup(`Ministerium ${doc.text.slice(from, subtreeSpan(s, portfolio).end)}`);
    if (id) return id;
  }
  if (word.prefix) {
    const prefix = word.prefix.replace(/s$/, '');
    for (const head of word.office.bodyHeads ?? []) {
      const id = lookup(`${word.prefix}${head}`) ?? lookup(`${prefix}${head}`);
      if (id) return id;
    }
  }
  // „deren Geschäftsführer …“: the body is what the relative clause is about.
  if (childrenOf(s, office, 'det', 'nmod').some((c) => /^(?:deren|dessen)$/.test(c.key))) {
    for (let h: ParsedToken | undefined = office; h; h = h.head >= 0 ? s.tokens[h.head] : undefined) {
      if (!h.dep.startsWith('acl') || h.head < 0) continue;
      const antecedent = s.tokens[h.head] as ParsedToken;
      const hit = entityAt(antecedent.start, antecedent.end);
      if (hit && fits(hit.type)) return hit.entityId;
      break;
    }
  }
  if (word.office.defaultBody) return lookup(word.office.defaultBody);
  return undefined;
}

/** Office relations of every role noun in the parsed sentences. */
export function officeRelations(
  doc: Doc,
  people: readonly Match[],
  entityAt: EntityAt,
  lookup: (label: string) => string | undefined,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  const personAt = (t: ParsedToken) => people.find((m) => m.start <= t.start && t.end <= m.end);
  doc.parses.forEach((s, si) => {
    for (const t of s.tokens) {
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
      const word = officeOf(t.key);
      if (!word) continue;
      const person = personToken(s, t, (x) => personAt(x) !== undefined);
      const body = person && bodyOf(doc, s, t, word, entityAt, lookup);
      const match = person && personAt(person);
      if (!match || !body || match.entityId === body) continue;
      out.push({
        from: match.entityId,
        type: word.office.relation,
        to: body,
        role: roleTitle(t.word, word),
        sentence: si,
        confidence: 0.85,
        method: 'office',
      });
    }
  });
  return out;
}
