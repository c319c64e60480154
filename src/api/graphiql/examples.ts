/**
 * Saved queries GraphiQL opens with: the questions researchers ask first. GraphiQL titles a tab
 * with the query's operation name, so each operation is named after its question
 * (`operationName('Who heads which ministry?')` is `WhoHeadsWhichMinistry`).
 */

export interface GraphiqlExample {
  /** The question, as the tab shows it (without spaces). */
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The question as a GraphQL operation name: its words capitalised and joined, letters and digits only. */
export function operationName(question: string): string {
  return question
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** `signature` is what follows the operation name: variables, then the selection. */
function ask(title: string, comment: string, signature: string, variables?: Record<string, unknown>) {
  const query = `# ${comment}\nquery ${operationName(title)}${signature}`;
  return variables ? { title, query, variables } : { title, query };
}

export const GRAPHIQL_EXAMPLES: readonly GraphiqlExample[] = [
  ask(
    'Who heads which ministry?',
    'Who heads which ministry, with the passage that says so',
    ` {
  entities(type: PERSON, first: 50) {
    edges {
      node {
        name
        relations(types: ["HEADS", "MEMBER_OF", "HOLDS_OFFICE"], direction: OUT) {
          edges { node { type role other { name type } evidence { quote page citedPage document { title } } } }
        }
      }
    }
  }
}`,
  ),
  ask(
    'What is the HZD linked to?',
    'Everything linked to the HZD, with quotes (add weak: true for same-sentence links)',
    `($text: String!) {
  search(text: $text, first: 1) {
    entity {
      id
      name
      relations(first: 50) {
        totalCount
        edges { node { type direction other { name type } evidence { quote section page citedPage document { title } } } }
      }
    }
  }
}`,
    { text: 'HZD' },
  ),
  ask(
    'Who holds which office?',
    'People found by an office they hold (a relation role) or their description',
    `($text: String!) {
  search(text: $text, types: [PERSON]) {
    matchedOn
    entity { name description relations(types: ["HOLDS_OFFICE", "HEADS"]) { edges { node { type role other { name } } } } }
  }
}`,
    { text: 'Staatssekretär' },
  ),
  ask(
    'How is a minister connected to an EfA service?',
    'Shortest path between two entities (ids from search or entities)',
    `($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 5) {
    length
    nodes { name type }
    steps { type direction other { name } evidence { quote } }
  }
}`,
    { from: 'kristina-sinemus', to: 'fuehrerscheinantrag' },
  ),
  ask(
    'What did the coalition pledge that already runs?',
    "Entities the coalition agreement pledges that the 2023 brochure already describes as running\n# (the status is a heuristic from the sentence's verbs: check cues and quote)",
    `($pledges: ID, $brochure: ID) {
  pledgedAndDescribed(pledgeDocument: $pledges, describedIn: $brochure, status: [RUNNING]) {
    status
    entity { id name type }
    pledges { citedPage quote }
    descriptions { status cues mention { quote section } }
  }
}`,
    {
      pledges: 'eco-auswertung-koalitionsvertrag-hessen-2024',
      brochure: 'digitale-verwaltung-hessen-2023',
    },
  ),
  ask(
    'What does a document talk about?',
    'A document as a view: the entities it mentions, most mentions first, and the relations it supports',
    `($id: ID!) {
  document(id: $id) {
    title
    date
    entities(first: 20) { totalCount edges { mentionCount node { name type } } }
    relations(first: 20) { totalCount edges { node { type from { name } to { name } } } }
  }
}`,
    { id: 'digitale-verwaltung-hessen-2023' },
  ),
  ask(
    'Which documents mention an entity?',
    'Cross-document view: how often each document mentions an entity',
    `($id: ID!) {
  entity(id: $id) {
    name
    documents { mentionCount document { title date } }
  }
}`,
    { id: 'hessen-app' },
  ),
];
