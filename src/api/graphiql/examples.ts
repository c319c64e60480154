/** Saved queries GraphiQL opens with: the questions researchers ask first. */
export const GRAPHIQL_EXAMPLES: readonly {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}[] = [
  {
    title: 'Who heads which ministry',
    query: `# Who heads which ministry, with the passage that says so
query Cabinet {
  entities(type: PERSON, first: 50) {
    edges {
      node {
        name
        relations(types: ["HEADS", "MEMBER_OF"], direction: OUT) {
          edges { node { type other { name type } evidence { quote page citedPage document { title } } } }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Everything linked to HZD',
    query: `# Everything linked to the HZD, with quotes
query AroundHZD($text: String!) {
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
    variables: { text: 'HZD' },
  },
  {
    title: 'Path from a minister to an EfA service',
    query: `# Shortest path between two entities (ids from search or entities)
query MinisterToService($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 5) {
    length
    nodes { name type }
    steps { type direction other { name } evidence { quote } }
  }
}`,
    variables: { from: 'kristina-sinemus', to: 'fuehrerscheinantrag' },
  },
  {
    title: 'Pledged in 2024, already running in 2023',
    query: `# Entities the coalition agreement pledges that the 2023 brochure already describes as running
# (the status is a heuristic from the sentence's verbs: check cues and quote)
query PledgedAndRunning($pledges: ID, $brochure: ID) {
  pledgedAndDescribed(pledgeDocument: $pledges, describedIn: $brochure, status: [RUNNING]) {
    status
    entity { id name type }
    pledges { citedPage quote }
    descriptions { status cues mention { quote section } }
  }
}`,
    variables: {
      pledges: 'eco-auswertung-koalitionsvertrag-hessen-2024',
      brochure: 'digitale-verwaltung-hessen-2023',
    },
  },
  {
    title: 'In which documents an entity appears',
    query: `# Cross-document view: how often each document mentions an entity
query Appearances($id: ID!) {
  entity(id: $id) {
    name
    documents { mentionCount document { title date } }
  }
}`,
    variables: { id: 'hessen-app' },
  },
];
