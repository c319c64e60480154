/**
 * relations: what the sentences state. With a parse, the frames (lang/de/frames) read subject,
 * object and prepositional arguments of each predicate; without one, the word-position patterns of
 * ../relations.ts stand in (with a parse only its pledges, EfA leads and co-agents run). Party membership
 * „Name (Partei)“, table columns (../tables.ts) and key–value lines (../fields.ts) run in any case.
 */
import type { EntityType, RelationType } from '../../graph/model.ts';
import { FRAMES } from '../../lang/de/frames/index.ts';
import { clauseRelations } from '../clause-relations.ts';
import type { Doc, FoundRelation } from '../doc.ts';
import { fieldRelations } from '../fields.ts';
import { FrameIndex } from '../frame-index.ts';
import { citesPage } from '../pages.ts';
import { extractRelations } from '../relations.ts';
import { sentenceAt } from '../sentences.ts';
import { tableRelations } from '../tables.ts';
import type { Component } from './component.ts';

/** What a bracket after a name says of it: a person's party, a body's town. */
const BRACKETED: readonly { from: readonly EntityType[]; to: EntityType; type: RelationType }[] = [
  // „Boris Rhein (CDU)“: a person followed by a party in brackets is a member of it.
  { from: ['PERSON'], to: 'PARTY', type: 'MEMBER_OF' },
  // „KGRZ Starkenburg (Darmstadt)“: a body followed by a town in brackets is there.
  { from: ['AGENCY', 'ORGANISATION'], to: 'PLACE', type: 'LOCATED_IN' },
];

/** „Name (Partei)“, „Name (Stadt)“: a bracket that holds nothing but another name. */
function bracketRelations(doc: Doc): FoundRelation[] {
  const out: FoundRelation[] = [];
  doc.bySentence.forEach((ms, si) => {
    for (let i = 0; i + 1 < ms.length; i++) {
      const [named, inside] = [ms[i], ms[i + 1]];
      const rule = BRACKETED.find(
        (b) => named && inside && b.from.includes(named.type) && b.to === inside.type,
      );
      if (!named || !inside || !rule || named.modifier || inside.anaphor) continue;
      if (!/^\s*\(\s*$/.test(doc.text.slice(named.end, inside.start))) continue;
      if (rule.type === 'LOCATED_IN' && !/^\s*\)/.test(doc.text.slice(inside.end))) continue;
      out.push({
        from: named.entityId,
        type: rule.type,
        to: inside.entityId,
        sentence: si,
        confidence: rule.type === 'MEMBER_OF' ? 0.9 : 0.7,
        method: 'pattern',
      });
    }
  });
  return out;
}

/** Bodies a town may follow as an address line. */
const ADDRESSED: readonly EntityType[] = ['AGENCY', 'ORGANISATION'];

/**
 * „Die Hessen Trade & Invest GmbH, Wiesbaden, berät …“: a town set off by commas right after a
 * body's name, as on a letterhead, is its seat — not in a list („die HZD, Kassel, Fulda und …“).
 */
function addressRelations(doc: Doc): FoundRelation[] {
  const out: FoundRelation[] = [];
  doc.bySentence.forEach((ms, si) => {
    for (let i = 0; i + 1 < ms.length; i++) {
      const [body, town, next] = [ms[i], ms[i + 1], ms[i + 2]];
      if (!body || !town || body.modifier || town.anaphor || town.modifier) continue;
      if (!ADDRESSED.includes(body.type) || town.type !== 'PLACE') continue;
      if (!/^,[ \t]*$/.test(doc.text.slice(body.end, town.start))) continue;
      const after = doc.text.slice(town.end, town.end + 12);
      if (!/^[ \t]*(?:[,;)]|\.?\s*$|\n)/.test(after) || /^[ \t]*(?:und|oder|sowie)\b/.test(after)) continue;
      // A name right after the closing comma continues a list.
      if (next && /^[ \t]*,[ \t]*$/.test(doc.text.slice(town.end, next.start))) continue;
      out.push({
        from: body.entityId,
        type: 'LOCATED_IN',
        to: town.entityId,
        sentence: si,
        confidence: 0.7,
        method: 'pattern',
      });
    }
  });
  return out;
}

/** The coalition whose agreement this is, when the document is (an analysis of) a coalition agreement. */
function pledgeTarget(doc: Doc): string | null {
  const isAgreement =
    /koalitionsvertrag/i.test(doc.title) || /koalitionsvertrag/i.test(doc.text.slice(0, 1500));
  if (!isAgreement) return null;
  for (const ms of doc.bySentence) {
    for (const m of ms) {
      const record = doc.registry.record(m.entityId);
      if (record?.type === 'GOVERNMENT' && /koalition/i.test(record.name)) return m.entityId;
    }
  }
  return null;
}

/** „Koalition aus CDU und SPD“: the parties inside a coalition's name are part of it. */
function coalitionParties(doc: Doc): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of doc.candidates.catalog) {
    const record = doc.registry.record(m.entityId);
    if (record?.type !== 'GOVERNMENT' || !/koalition/i.test(record.name)) continue;
    const coalition = m.entityId;
    for (const c of doc.candidates.catalog) {
      if (c.start < m.start || c.end > m.end || doc.registry.record(c.entityId)?.type !== 'PARTY') continue;
      out.push({
        from: c.entityId,
        type: 'PART_OF',
        to: coalition,
        sentence: sentenceAt(doc.sentences, m.start),
        confidence: 0.9,
        method: 'pattern',
      });
    }
  }
  return out;
}

const FRAME_INDEX = new FrameIndex(FRAMES);

export const relations: Component = {
  name: 'relations',
  requires: [
    'text',
    'title',
    'sentences',
    'sections',
    'citations',
    'parses',
    'bySentence',
    'candidates',
    'registry',
  ],
  assigns: ['relations'],
  run(doc, ctx) {
    const adjectives = new Map<string, string>();
    for (const e of ctx.catalog.entries) for (const a of e.adjectives) adjectives.set(a.toLowerCase(), e.id);
    const target = pledgeTarget(doc);
    doc.relations.push(
      ...extractRelations({
        text: doc.text,
        sentences: doc.sentences,
        mentions: doc.bySentence,
        adjectives,
        pledgeTarget: target,
        citesOwnPage: (s) => citesPage(s, doc.citations),
        parsed: doc.parses.length > 0,
      }),
      ...bracketRelations(doc),
      ...addressRelations(doc),
      ...tableRelations(doc),
      ...fieldRelations(doc),
      ...coalitionParties(doc),
    );
    doc.parses.forEach((s, si) => {
      doc.relations.push(...clauseRelations(s, si, doc.bySentence[si] ?? [], FRAME_INDEX));
    });
  },
};
