/**
 * The README's research tour as data: five questions a political scientist asks of the seeded
 * documents, each with its GraphQL query, the equivalent Cypher and the facts the answer must show.
 * tests/integration/tour.int.test.ts runs both queries against the seeded graph, turns each answer
 * into fact lines with `graphqlFacts` / `cypherFacts`, and checks that every `expected` line is
 * among them and appears in the question's README section (whitespace-insensitive), next to the
 * query texts themselves. Change an answer here and in the README together.
 */

/** A JSON value as the API or the driver returns it; each stop reads it with its own shape. */
// biome-ignore lint/suspicious/noExplicitAny: answers are plain JSON, read field by field below
type Json = any;

export interface TourStop {
  /** 1-based position; the README heading is `### <n>. <title>`. */
  n: number;
  title: string;
  question: string;
  graphql: string;
  variables: Record<string, unknown>;
  cypher: string;
  /** Fact lines of the answer shown in the README, checked against the GraphQL answer. */
  expected: readonly string[];
  /** Fact lines checked against the Cypher answer (default: `expected`); also shown in the README. */
  expectedCypher?: readonly string[];
  graphqlFacts(data: Json): string[];
  cypherFacts(rows: Json[]): string[];
}

/** Markdown table row from cells (how fact lines look in the README). */
export const row = (...cells: (string | number | null)[]): string =>
  `| ${cells.map((c) => c ?? '–').join(' | ')} |`;

/** Whitespace-insensitive form used to compare fact lines with README text. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

const collator = new Intl.Collator('de');
const byText = (a: string, b: string) => collator.compare(a, b);

export const PLEDGE_DOCUMENT = 'eco-auswertung-koalitionsvertrag-hessen-2024';
export const BROCHURE = 'digitale-verwaltung-hessen-2023';

const CABINET_ROWS = [
  row('Boris Rhein', 'CDU', 'Kabinett Rhein II'),
  row('Alexander Lorz', 'CDU', 'Hessisches Ministerium der Finanzen'),
  row('Armin Schwarz', 'CDU', 'Hessisches Ministerium für Kultus, Bildung und Chancen'),
  row('Christian Heinz', 'CDU', 'Hessisches Ministerium der Justiz und für den Rechtsstaat'),
  row('Diana Stolz', 'CDU', 'Hessisches Ministerium für Familie, Senioren, Sport, Gesundheit und Pflege'),
  row(
    'Ingmar Jung',
    'CDU',
    'Hessisches Ministerium für Landwirtschaft und Umwelt, Weinbau, Forsten, Jagd und Heimat',
  ),
  row('Kristina Sinemus', 'CDU', 'Hessisches Ministerium für Digitalisierung und Innovation'),
  row(
    'Manfred Pentz',
    'CDU',
    'Hessisches Ministerium für Bundes- und Europaangelegenheiten, Internationales und Entbürokratisierung',
  ),
  row('Roman Poseck', 'CDU', 'Hessisches Ministerium des Innern, für Sicherheit und Heimatschutz'),
  row('Heike Hofmann', 'SPD', 'Hessisches Ministerium für Arbeit, Integration, Jugend und Soziales'),
  row(
    'Kaweh Mansoori',
    'SPD',
    'Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum',
  ),
  row('Timon Gremmels', 'SPD', 'Hessisches Ministerium für Wissenschaft und Forschung, Kunst und Kultur'),
];

/** Cabinet rows sorted like the README: CDU first, then SPD, the head of government on top. */
function cabinetRows(members: { name: string; party: string | null; heads: string[] }[]): string[] {
  return members
    .map((m) => ({ ...m, heads: [...m.heads].sort(byText).join(', ') || null }))
    .sort(
      (a, b) =>
        byText(a.party ?? '', b.party ?? '') ||
        Number(b.heads?.startsWith('Kabinett') ?? false) - Number(a.heads?.startsWith('Kabinett') ?? false) ||
        byText(a.name, b.name),
    )
    .map((m) => row(m.name, m.party, m.heads));
}

function partyCount(parties: (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const p of parties) counts.set(p ?? '–', (counts.get(p ?? '–') ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => byText(a, b)).map(([p, c]) => `${c} ${p}`);
  return `${parties.length} members: ${parts.join(', ')}`;
}

const EFA_QUOTE =
  'So sind die hessischen EfA-Leistungen »Ausfuhr von Kulturgütern«, »Führerscheinantrag«, »Ausfuhr von ' +
  'Medizinprodukten« sowie »Ein- und Ausfuhr von Arzneimitteln« inzwischen für alle Länder verfügbar.';
const FUEHRERSCHEIN_QUOTE =
  'Diese vom Hessischen Wirtschaftsministerium entwickelte OZG-Leistung nach dem EfA-Prinzip wurde 2020 ' +
  'bereits erfolgreich im Main-Kinzig-Kreis pilotiert und bereits in weiteren Kommunen in Hessen und der ' +
  'Stadt Mannheim eingeführt.';
const HESSEN_APP_PLEDGE =
  'Der mobile Zugang zu Verwaltungsleistungen soll über die Hessen App weiter ausgebaut werden (S.57).';
const HZD_PLEDGE =
  'Die Cyberresilienz soll durch die Erhöhung des Schutzbedarfs zentraler Infrastrukturen und den Ausbau ' +
  'der Hessischen Zentrale für Datenverarbeitung (HZD) vorangetrieben werden.';
const LKA_DESCRIPTION =
  'Auch die Sicherheitsbehörden nutzen KI: So steht dem Landeskriminalamt und der Zentralstelle zur ' +
  'Bekämpfung der Internetkriminalität (ZIT) eine hochmoderne Forensikplattform zur Verfügung, um mit ' +
  'KI-Unterstützung Kinderpornografie schneller zu enttarnen und zu verfolgen.';
const HZD_PLANNED =
  'Die Verfahrenscloud Hessen bei der HZD soll bis 2025 zu einer Multicloud für die hessische ' +
  'Landesverwaltung werden, mit dem bedarfsgerechten Mix aus Cloud-Services für die Ressorts.';
const SINEMUS_ROW = 'Ministerin für Digitalisierung und Innovation Prof. Dr. Kristina Sinemus (CDU)';

const quotesOf = (list: { quote: string }[] | undefined) => (list ?? []).map((q) => normalise(q.quote));

export const TOUR: readonly TourStop[] = Object.freeze([
  {
    n: 1,
    title: 'Who sits in cabinet Rhein II, for which party, heading which ministry?',
    question:
      'The cabinet table of the eco analysis, read back from the graph: every member (SERVES_IN), the party ' +
      '(MEMBER_OF) and what they head (HEADS), each backed by its table row.',
    graphql: `query Cabinet($id: ID!) {
  entity(id: $id) {
    name
    relations(types: ["SERVES_IN"], direction: IN, first: 20) {
      totalCount
      edges { node { other { name
        relations(types: ["MEMBER_OF", "HEADS"], direction: OUT) {
          edges { node { type other { name } evidence(first: 1) { quote } } }
        }
      } } }
    }
  }
}`,
    variables: { id: 'kabinett-rhein-ii' },
    cypher: `MATCH (p:Person)-[:SERVES_IN]->(:Government {id: 'kabinett-rhein-ii'})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(party:Party)
OPTIONAL MATCH (p)-[:HEADS]->(office:Entity)
OPTIONAL MATCH (row:Evidence {relKey: p.id + '|MEMBER_OF|' + party.id})
RETURN p.name AS member, party.name AS party, collect(DISTINCT office.name) AS heads,
       collect(DISTINCT row.quote)[0] AS tableRow
ORDER BY party, member`,
    expected: ['12 members: 9 CDU, 3 SPD', ...CABINET_ROWS, SINEMUS_ROW],
    graphqlFacts(data) {
      const members = data.entity.relations.edges.map(({ node }: Json) => {
        const rels = node.other.relations.edges.map((e: Json) => e.node);
        return {
          name: node.other.name as string,
          party: (rels.find((r: Json) => r.type === 'MEMBER_OF')?.other.name ?? null) as string | null,
          heads: rels.filter((r: Json) => r.type === 'HEADS').map((r: Json) => r.other.name as string),
          quotes: rels.flatMap((r: Json) => quotesOf(r.evidence)),
        };
      });
      return [
        partyCount(members.map((m: Json) => m.party)),
        ...cabinetRows(members),
        ...members.flatMap((m: Json) => m.quotes),
      ];
    },
    cypherFacts(rows) {
      const members = rows.map((r) => ({ name: r.member, party: r.party, heads: r.heads }));
      return [
        partyCount(members.map((m) => m.party)),
        ...cabinetRows(members),
        ...rows.map((r) => normalise(r.tableRow ?? '')),
      ];
    },
  },
  {
    n: 2,
    title: 'Which EfA services does Hessen lead, and what does the brochure say about them?',
    question:
      'What the Land leads (LEADS from Land Hessen), how often the documents mention each, the sentence the ' +
      'lead role comes from and what else the brochure says about them.',
    graphql: `query Leads($id: ID!) {
  entity(id: $id) {
    name
    relations(types: ["LEADS"], direction: OUT) {
      edges { node {
        other {
          name type
          mentions(first: 3) { totalCount edges { node { quote section } } }
          relations(types: ["DEVELOPS", "PILOTED_IN"]) {
            edges { node { type other { name } evidence(first: 1) { quote } } }
          }
        }
        evidence(first: 1) { quote document { title } }
      } }
    }
  }
}`,
    variables: { id: 'land-hessen' },
    cypher: `MATCH (:Entity {id: 'land-hessen'})-[r:LEADS]->(led:Entity)
MATCH (ev:Evidence {relKey: r.key})
RETURN led.name AS led, led.type AS type, COUNT { (:Section)-[:MENTIONS]->(led) } AS mentions,
       collect(ev.quote)[0] AS quote,
       [(led)-[x:DEVELOPS|PILOTED_IN]-(o:Entity) | type(x) + ' ' + o.name] AS context
ORDER BY type DESC, led`,
    expected: [
      row('Arbeitslosengeld II/Bürgergeld', 'SERVICE', 1),
      row('Ausfuhr von Kulturgütern', 'SERVICE', 1),
      row('Ausfuhr von Medizinprodukten', 'SERVICE', 1),
      row('Ein- und Ausfuhr von Arzneimitteln', 'SERVICE', 1),
      row('Führerscheinantrag', 'SERVICE', 3),
      row('eGov-Campus', 'PLATFORM', 4),
      EFA_QUOTE,
      'Führerscheinantrag: DEVELOPS Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum',
      'Führerscheinantrag: PILOTED_IN Main-Kinzig-Kreis',
      FUEHRERSCHEIN_QUOTE,
    ],
    expectedCypher: [
      row('Führerscheinantrag', 'SERVICE', 3),
      row('eGov-Campus', 'PLATFORM', 4),
      EFA_QUOTE,
      'Führerscheinantrag: DEVELOPS Hessisches Ministerium für Wirtschaft, Energie, Verkehr, Wohnen und ländlichen Raum',
      'Führerscheinantrag: PILOTED_IN Main-Kinzig-Kreis',
    ],
    graphqlFacts(data) {
      const nodes = data.entity.relations.edges.map((e: Json) => e.node);
      return [
        ...nodes.map((n: Json) => row(n.other.name, n.other.type, n.other.mentions.totalCount)),
        ...nodes.flatMap((n: Json) => quotesOf(n.evidence)),
        ...nodes.flatMap((n: Json) => quotesOf(n.other.mentions.edges.map((e: Json) => e.node))),
        ...nodes.flatMap((n: Json) =>
          n.other.relations.edges.flatMap(({ node: rel }: Json) => [
            `${n.other.name}: ${rel.type} ${rel.other.name}`,
            ...quotesOf(rel.evidence),
          ]),
        ),
      ];
    },
    cypherFacts(rows) {
      return [
        ...rows.map((r) => row(r.led, r.type, r.mentions)),
        ...rows.map((r) => normalise(r.quote)),
        ...rows.flatMap((r) => r.context.map((c: string) => `${r.led}: ${c}`)),
      ];
    },
  },
  {
    n: 3,
    title: 'What did the coalition pledge about digital administration, with page numbers?',
    question:
      'Every PLEDGED_IN relation points at the coalition; its evidence is the pledge sentence with the page of ' +
      'the coalition agreement it cites (`citedPage`). Keep the passages from the section „Digitalpolitik“.',
    graphql: `query Pledges($id: ID!) {
  entity(id: $id) {
    name
    relations(types: ["PLEDGED_IN"], direction: IN, first: 100) {
      totalCount
      edges { node { other { name type } evidence { quote citedPage section } } }
    }
  }
}`,
    variables: { id: 'koalition-cdu-spd-hessen' },
    cypher: `MATCH (e:Entity)-[r:PLEDGED_IN]->(:Entity {id: 'koalition-cdu-spd-hessen'})
MATCH (ev:Evidence {relKey: r.key})-[:IN_SECTION]->(:Section {heading: 'Digitalpolitik'})
RETURN ev.citedPage AS citedPage, e.name AS pledge, e.type AS type, ev.quote AS quote
ORDER BY citedPage, pledge`,
    expected: [
      '37 pledged entities',
      row(55, 'OZG-Kommunal', 'AGENCY'),
      row(56, 'Hessisches E-Government-Gesetz', 'LAW'),
      row(57, 'Hessen-App', 'PLATFORM'),
      row(58, 'Digitaloffensive', 'PROGRAMME'),
      row(58, 'GovLabHessen', 'PROGRAMME'),
      row(120, 'Metadatenportal', 'PLATFORM'),
      HESSEN_APP_PLEDGE,
    ],
    expectedCypher: [
      row(55, 'OZG-Kommunal', 'AGENCY'),
      row(56, 'Hessisches E-Government-Gesetz', 'LAW'),
      row(57, 'Hessen-App', 'PLATFORM'),
      row(58, 'Digitaloffensive', 'PROGRAMME'),
      row(58, 'GovLabHessen', 'PROGRAMME'),
      row(120, 'Metadatenportal', 'PLATFORM'),
      HESSEN_APP_PLEDGE,
    ],
    graphqlFacts(data) {
      const nodes = data.entity.relations.edges.map((e: Json) => e.node);
      const digital = nodes.flatMap((n: Json) =>
        n.evidence
          .filter((ev: Json) => ev.section === 'Digitalpolitik')
          .map((ev: Json) => ({
            page: ev.citedPage,
            name: n.other.name,
            type: n.other.type,
            quote: ev.quote,
          })),
      );
      return [
        `${data.entity.relations.totalCount} pledged entities`,
        ...digital.map((p: Json) => row(p.page, p.name, p.type)),
        ...digital.map((p: Json) => normalise(p.quote)),
      ];
    },
    cypherFacts(rows) {
      return [...rows.map((r) => row(r.citedPage, r.pledge, r.type)), ...rows.map((r) => normalise(r.quote))];
    },
  },
  {
    n: 4,
    title: 'Which pledges concern things the 2023 brochure already describes as running?',
    question:
      'The comparison `pledgedAndDescribed`: entities the coalition pledges that the brochure mentions, each ' +
      'brochure sentence judged RUNNING / PLANNED / MIXED / UNCLEAR from its verbs (a heuristic; the cue ' +
      'words come with it).',
    graphql: `query Compare($pledges: ID, $brochure: ID) {
  pledgedAndDescribed(pledgeDocument: $pledges, describedIn: $brochure, status: [RUNNING]) {
    status
    entity { name }
    pledges { citedPage quote }
    descriptions { status cues mention { quote section } }
  }
}`,
    variables: { pledges: PLEDGE_DOCUMENT, brochure: BROCHURE },
    cypher: `MATCH (e:Entity)-[r:PLEDGED_IN]->(:Entity)
MATCH (ev:Evidence {relKey: r.key, documentId: 'eco-auswertung-koalitionsvertrag-hessen-2024'})
WITH e, min(ev.citedPage) AS citedPage, collect(ev.quote) AS pledges
MATCH (s:Section {documentId: 'digitale-verwaltung-hessen-2023'})-[m:MENTIONS]->(e)
RETURN citedPage, e.name AS entity, pledges, collect(DISTINCT m.quote) AS brochure
ORDER BY citedPage, entity`,
    expected: [
      row(37, 'Hessisches Landeskriminalamt', 'RUNNING'),
      row(44, 'Hessische Zentrale für Datenverarbeitung', 'RUNNING, PLANNED, PLANNED'),
      row(48, 'Zentralstelle zur Bekämpfung der Internetkriminalität', 'RUNNING'),
      row(56, 'Hessisches E-Government-Gesetz', 'RUNNING'),
      row(57, 'Hessen-App', 'RUNNING, RUNNING'),
      row(118, 'Breitband-Portal', 'RUNNING'),
      HZD_PLEDGE,
      LKA_DESCRIPTION,
      HZD_PLANNED,
    ],
    expectedCypher: [
      row(37, 'Hessisches Landeskriminalamt'),
      row(44, 'Hessische Zentrale für Datenverarbeitung'),
      row(48, 'Zentralstelle zur Bekämpfung der Internetkriminalität'),
      row(56, 'Hessisches E-Government-Gesetz'),
      row(57, 'Hessen-App'),
      row(118, 'Breitband-Portal'),
      HZD_PLEDGE,
      LKA_DESCRIPTION,
      HZD_PLANNED,
    ],
    graphqlFacts(data) {
      const items = data.pledgedAndDescribed;
      return [
        ...items.map((c: Json) =>
          row(
            Math.min(...c.pledges.map((p: Json) => p.citedPage ?? Number.POSITIVE_INFINITY)),
            c.entity.name,
            c.descriptions.map((d: Json) => d.status).join(', '),
          ),
        ),
        ...items.flatMap((c: Json) => quotesOf(c.pledges)),
        ...items.flatMap((c: Json) => quotesOf(c.descriptions.map((d: Json) => d.mention))),
      ];
    },
    cypherFacts(rows) {
      return [
        ...rows.map((r) => row(r.citedPage, r.entity)),
        ...rows.flatMap((r) => [...r.pledges, ...r.brochure].map(normalise)),
      ];
    },
  },
  {
    n: 5,
    title: 'How is the digital minister connected to the HZD, the Land’s IT provider?',
    question:
      'The shortest chain of relations between Kristina Sinemus and the Hessische Zentrale für Datenverarbeitung, ' +
      'with the passage behind each step.',
    graphql: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 6) {
    length
    nodes { name }
    steps { type direction evidence(first: 1) { quote page } }
  }
}`,
    variables: { from: 'kristina-sinemus', to: 'hzd' },
    cypher: `MATCH (a:Entity {id: 'kristina-sinemus'}), (b:Entity {id: 'hzd'})
MATCH p = shortestPath((a)-[:MEMBER_OF|HEADS|SERVES_IN|PART_OF|RESPONSIBLE_FOR|LEADS|OPERATES|DEVELOPS|PROVIDES|FUNDS|PILOTED_IN|FOLLOWS|BASED_ON|CHAIRS|COOPERATES_WITH|PLEDGED_IN*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | startNode(r).name + ' -[' + type(r) + ']-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | COLLECT { MATCH (ev:Evidence {relKey: r.key}) RETURN ev.quote ORDER BY ev.start }[0]] AS quotes`,
    expected: [
      '3 hops',
      'Kristina Sinemus → CDU → Koalition aus CDU und SPD in Hessen → Hessische Zentrale für Datenverarbeitung',
      HZD_PLEDGE,
    ],
    expectedCypher: [
      'Kristina Sinemus → CDU → Koalition aus CDU und SPD in Hessen → Hessische Zentrale für Datenverarbeitung',
      'Kristina Sinemus -[MEMBER_OF]-> CDU',
      'CDU -[PART_OF]-> Koalition aus CDU und SPD in Hessen',
      'Hessische Zentrale für Datenverarbeitung -[PLEDGED_IN]-> Koalition aus CDU und SPD in Hessen',
      'Die Koalition aus CDU und SPD löst somit die vormals schwarz-grüne Landesregierung ab.',
      HZD_PLEDGE,
    ],
    graphqlFacts(data) {
      const path = data.path;
      if (!path) return [];
      return [
        `${path.length} hops`,
        path.nodes.map((n: Json) => n.name).join(' → '),
        ...path.steps.flatMap((s: Json) => quotesOf(s.evidence)),
      ];
    },
    cypherFacts(rows) {
      return rows.flatMap((r) => [r.path.join(' → '), ...r.steps, ...r.quotes.map(normalise)]);
    },
  },
]);
