/**
 * The Neo4j Browser guide's questions as data: the guide renders them as runnable blocks, the
 * README can quote them, and a test runs every one against a small graph. Values a reader may
 * want to change (a name, a document id) are literals on purpose: Browser runs the block as shown.
 */
import { CLAIMED_RELATION_TYPES } from '../../graph/model.ts';

/** Every relation type that claims something: queries name them so weak CO_OCCURS_WITH links stay out. */
const CLAIMED = CLAIMED_RELATION_TYPES.join('|');

export interface GuideQuery {
  /** Stable slug, used as an anchor and in tests. */
  id: string;
  title: string;
  /** One or two sentences shown next to the query. */
  question: string;
  cypher: string;
}

export const GUIDE_QUERIES: readonly GuideQuery[] = Object.freeze([
  {
    id: 'cabinet',
    title: 'The cabinet and its parties',
    question:
      'Every minister with the party they belong to and the ministry they head (from the cabinet table). ' +
      'Switch to the graph view to see the coalition at a glance.',
    cypher: `MATCH (p:Person)-[m:MEMBER_OF]->(party:Party)
OPTIONAL MATCH (p)-[h:HEADS]->(ministry:Ministry)
RETURN p, m, party, h, ministry`,
  },
  {
    id: 'around-hzd',
    title: 'Everything around HZD',
    question:
      'The Hessische Zentrale für Datenverarbeitung and every entity it is linked to, with the quotes ' +
      'that support each link and where they stand (without weak same-sentence links).',
    cypher: `MATCH (hzd:Entity) WHERE hzd.name = 'HZD' OR 'HZD' IN hzd.aliases
MATCH (hzd)-[r]-(other:Entity) WHERE type(r) <> 'CO_OCCURS_WITH'
OPTIONAL MATCH (ev:Evidence {relKey: r.key})
WITH r, other, startNode(r) = hzd AS outgoing,
     collect(ev {.quote, .page, .citedPage, document: ev.documentId}) AS evidence
RETURN CASE WHEN outgoing THEN 'HZD -[' + type(r) + ']-> ' ELSE '<-[' + type(r) + ']- ' END AS relation,
       other.name AS entity, other.type AS type, r.confidence AS confidence, evidence
ORDER BY relation, entity`,
  },
  {
    id: 'efa-services',
    title: 'EfA services and who leads them',
    question:
      'Services built “Einer für Alle” (one state builds, all use) and the bodies that lead, provide ' +
      'or develop them.',
    cypher: `MATCH (s:Service)
OPTIONAL MATCH (lead:Entity)-[r:LEADS|PROVIDES|RESPONSIBLE_FOR|DEVELOPS]->(s)
WITH s, collect(DISTINCT lead.name + ' (' + type(r) + ')') AS leads
RETURN s.name AS service, coalesce(s.description, '') CONTAINS 'EfA' AS efa, leads
ORDER BY efa DESC, size(leads) DESC, service`,
  },
  {
    id: 'pledges',
    title: "The coalition's pledges with the pages they cite",
    question:
      'What the coalition agreement promises, with the page of the agreement each passage of the analysis ' +
      'cites (“(S.116)” in the source becomes citedPage 116; `page` would be where the passage itself stands).',
    cypher: `MATCH (what:Entity)-[r:PLEDGED_IN]->(by:Entity)
MATCH (ev:Evidence {relKey: r.key})
RETURN what.name AS pledge, what.type AS type, by.name AS pledgedIn, ev.citedPage AS citedPage,
       ev.quote AS quote
ORDER BY citedPage, pledge`,
  },
  {
    id: 'shortest-path',
    title: 'The shortest path between two entities',
    question:
      'How is the digital minister connected to an EfA service? Only relations that claim something, ' +
      'no weak same-sentence links, documents or sections. Change the two names to ask about any other pair.',
    cypher: `MATCH (a:Entity {name: 'Kristina Sinemus'}), (b:Entity {name: 'Führerscheinantrag'})
MATCH p = shortestPath((a)-[:${CLAIMED}*..6]-(b))
RETURN p`,
  },
  {
    id: 'in-both-documents',
    title: 'Entities that appear in both documents',
    question: 'What the 2023 brochure and the 2024 coalition analysis both talk about, most mentioned first.',
    cypher: `MATCH (d:Document)<-[:IN_DOCUMENT]-(:Section)-[m:MENTIONS]->(e:Entity)
WITH e, count(DISTINCT d) AS documents, count(m) AS mentions, collect(DISTINCT d.title) AS titles
WHERE documents >= 2
RETURN e.name AS entity, e.type AS type, mentions, titles
ORDER BY mentions DESC, entity`,
  },
  {
    id: 'top-connected',
    title: 'The most connected entities',
    question:
      'Entities ranked by how many relationships to other entities they have (weak same-sentence links not counted).',
    cypher: `MATCH (e:Entity)
WITH e, COUNT { (e)-[r]-(:Entity) WHERE type(r) <> 'CO_OCCURS_WITH' } AS relations
WHERE relations > 0
RETURN e.name AS entity, e.type AS type, relations
ORDER BY relations DESC, entity
LIMIT 15`,
  },
  {
    id: 'document-sections',
    title: "A document's sections and what they mention",
    question:
      'The coalition analysis section by section, with the entities each section names. ' +
      'Use another id from MATCH (d:Document) RETURN d.id to read the other document.',
    cypher: `MATCH (d:Document {id: 'eco-auswertung-koalitionsvertrag-hessen-2024'})<-[:IN_DOCUMENT]-(s:Section)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH s, collect(DISTINCT e.name) AS entities
RETURN s.order AS section, s.heading AS heading, size(entities) AS count, entities
ORDER BY section`,
  },
  {
    id: 'offices-over-time',
    title: 'Who held which office when',
    question:
      'Offices and memberships in time order, with the dates the texts state (a month or year is its first ' +
      'day; see the precision) and the passage that dates them. Only what held on the day in the first ' +
      'line is listed (undated ones always count): change the day to look at another moment.',
    cypher: `WITH date('2024-06-01') AS day
MATCH (p:Person)-[r:HEADS|HOLDS_OFFICE|SERVES_IN|CHAIRS|LEADS|MEMBER_OF]->(office:Entity)
WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validThrough IS NULL OR day <= r.validThrough)
  AND (r.endedBy IS NULL OR day <= r.endedBy)
RETURN office.name AS office, type(r) AS relation, p.name AS person,
       r.validFrom AS since, r.validFromPrecision AS sincePrecision,
       r.validTo AS until, r.validToPrecision AS untilPrecision,
       coalesce(r.validFromQuote, r.validToQuote) AS datedBy
ORDER BY office, r.validFrom, person`,
  },
]);
