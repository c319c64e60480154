// Graph explorer: search → entity → neighbourhood drawn with cytoscape. Public GraphQL API only.
/* global cytoscape */

/** One fixed colour and German label per EntityType (the GraphQL enum). */
const TYPES = Object.freeze({
  PERSON: { label: 'Person', color: '#4e79a7' },
  PARTY: { label: 'Partei', color: '#e15759' },
  GOVERNMENT: { label: 'Regierung', color: '#76b7b2' },
  MINISTRY: { label: 'Ministerium', color: '#f28e2b' },
  AGENCY: { label: 'Behörde', color: '#59a14f' },
  ORGANISATION: { label: 'Organisation', color: '#edc948' },
  PROGRAMME: { label: 'Programm', color: '#b07aa1' },
  PLATFORM: { label: 'Plattform', color: '#ff9da7' },
  SERVICE: { label: 'Leistung', color: '#9c755f' },
  LAW: { label: 'Gesetz', color: '#bab0ac' },
  PLACE: { label: 'Ort', color: '#17becf' },
});
const UNKNOWN_TYPE = { label: 'Unbekannt', color: '#888888' };
const typeInfo = (type) => TYPES[type] ?? UNKNOWN_TYPE;

const RELATIONS_PER_ENTITY = 50;
/** Relation types that claim no direction: drawn without an arrow. */
const UNDIRECTED = new Set(['CO_OCCURS_WITH', 'COOPERATES_WITH']);

const SEARCH_QUERY = `query ExploreSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { score entity { id name type aliases } }
}`;

const ENTITY_QUERY = `query ExploreEntity($id: ID!, $first: Int, $asOf: Date) {
  entity(id: $id) {
    id name type aliases description
    relations(first: $first, asOf: $asOf) {
      totalCount
      edges { node {
        type direction confidence
        validFrom validFromPrecision validTo validToPrecision
        other { id name type }
        evidence { quote page citedPage section document { id title } }
      } }
    }
  }
}`;

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child != null) node.append(child);
  return node;
};
/** „Stand am“: the day relations must hold on (YYYY-MM-DD from the date field), or null for all. */
const asOf = () => $('as-of').value || null;

/** A date the German way at its precision: 18.01.2024, Januar 2024, 2024. */
function dateDe(iso, precision) {
  const [year, month, day] = iso.split('-');
  if (precision === 'YEAR') return year;
  if (precision === 'MONTH')
    return new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleDateString('de-DE', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${day}.${month}.${year}`;
}

/** „seit 18.01.2024“, „bis 2022“, „Januar 2014 – 2022“; empty for an undated relation. */
function validityDe(relation) {
  const from = relation.validFrom ? dateDe(relation.validFrom, relation.validFromPrecision) : null;
  const to = relation.validTo ? dateDe(relation.validTo, relation.validToPrecision) : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return `seit ${from}`;
  if (to) return `bis ${to}`;
  return '';
}

const numberDe = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** POSTs to /graphql; throws with the first GraphQL error message (or the HTTP status). */
async function graphql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new Error('Der Server ist nicht erreichbar.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: fall through to the HTTP status
  }
  if (body?.errors?.length) throw new Error(body.errors[0].message);
  if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status} ${response.statusText}`);
  if (!body?.data) throw new Error('Leere Antwort vom Server.');
  return body.data;
}

// ---------------------------------------------------------------- status line

function setStatus(state, text) {
  const status = $('status');
  status.dataset.state = state;
  status.textContent = text;
}

// ---------------------------------------------------------------- graph

const cy = cytoscape({
  container: $('graph'),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(name)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 2,
        width: 30,
        height: 30,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2330' } },
    { selector: 'node.root', style: { width: 46, height: 46, 'font-size': 13, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(confidence, 0, 1, 1, 4)',
        'line-color': '#9aa3b2',
        'target-arrow-color': '#9aa3b2',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 8,
        color: '#4a5366',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
      },
    },
    // Symmetric or weak links (same sentence only) carry no arrow.
    { selector: 'edge[direction = "BOTH"]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    {
      selector: 'edge.selected-edge',
      style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', color: '#d62728', width: 4 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } },
  ],
});

/** Entities whose neighbourhood is already drawn, by id (clicking them again costs no request). */
const expanded = new Map();
let rootId = null;
/** Bumped whenever the graph is cleared, so answers for the old graph are dropped. */
let generation = 0;

/**
 * One cytoscape edge per stored relationship, whichever side it was loaded from:
 * OUT from A to B and IN from B to A give the same id, so expanding never duplicates it.
 */
function edgeFor(self, relation) {
  const other = relation.other.id;
  let source = self.id;
  let target = other;
  if (relation.direction === 'IN') [source, target] = [other, self.id];
  else if (relation.direction === 'BOTH' && other < self.id) [source, target] = [other, self.id];
  return {
    id: `${source}|${relation.type}|${target}|${relation.direction === 'BOTH' ? 'both' : 'dir'}`,
    source,
    target,
  };
}

function nodeData(entity) {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    typeLabel: typeInfo(entity.type).label,
    color: typeInfo(entity.type).color,
  };
}

/** Adds an entity and its relations; returns the number of new nodes. */
function addNeighbourhood(entity) {
  const added = [];
  const center = cy.getElementById(entity.id);
  const origin = center.nonempty() ? { ...center.position() } : { x: 0, y: 0 };
  if (center.empty()) added.push(cy.add({ group: 'nodes', data: nodeData(entity), position: origin }));
  const edges = entity.relations.edges.map((e) => e.node);
  edges.forEach((relation, index) => {
    const other = relation.other;
    if (cy.getElementById(other.id).empty()) {
      const angle = (2 * Math.PI * index) / Math.max(edges.length, 1);
      added.push(
        cy.add({
          group: 'nodes',
          data: nodeData(other),
          position: { x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) },
        }),
      );
    }
    const { id, source, target } = edgeFor(entity, relation);
    if (cy.getElementById(id).empty()) {
      cy.add({
        group: 'edges',
        data: {
          id,
          source,
          target,
          type: relation.type,
          direction: relation.direction === 'BOTH' || UNDIRECTED.has(relation.type) ? 'BOTH' : 'DIRECTED',
          confidence: typeof relation.confidence === 'number' ? relation.confidence : 0.5,
          hasConfidence: typeof relation.confidence === 'number',
          evidence: relation.evidence ?? [],
        },
      });
    }
  });
  expanded.set(entity.id, entity);
  cy.getElementById(entity.id).addClass('expanded');
  return added.length;
}

function runLayout(kind) {
  if (cy.nodes().empty()) return;
  const layout =
    kind === 'concentric'
      ? {
          name: 'concentric',
          concentric: (node) => (node.id() === rootId ? 2 : 1),
          levelWidth: () => 1,
          minNodeSpacing: 80,
          nodeDimensionsIncludeLabels: true,
          animate: false,
        }
      : {
          name: 'cose',
          randomize: false,
          animate: false,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 400_000,
          nodeOverlap: 20,
          idealEdgeLength: () => 130,
          edgeElasticity: () => 100,
          gravity: 60,
          numIter: 2000,
        };
  cy.layout(layout).run();
  fitGraph();
}

/** Fits the graph into view without blowing a handful of nodes up to poster size. */
function fitGraph() {
  cy.resize();
  cy.fit(undefined, 50);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
}

// ---------------------------------------------------------------- entity loading

let entitySeq = 0;

function clearGraph() {
  generation += 1;
  cy.elements().remove();
  expanded.clear();
  rootId = null;
  hideEvidence();
}

/**
 * Loads an entity; `fresh` replaces the graph with it as the root, otherwise its neighbourhood
 * is added in place. Several expansions may run at once; a newer fresh load drops older answers.
 */
async function loadEntity(id, { fresh = false } = {}) {
  const seq = ++entitySeq;
  if (fresh) generation += 1;
  const gen = generation;
  setStatus('loading', 'Lade Nachbarschaft …');
  try {
    const data = await graphql(ENTITY_QUERY, { id, first: RELATIONS_PER_ENTITY, asOf: asOf() });
    if (gen !== generation) return;
    const entity = data.entity;
    if (!entity) {
      if (seq === entitySeq) setStatus('error', `Keine Entität mit der Id „${id}“ gefunden.`);
      return;
    }
    if (fresh) {
      clearGraph();
      rootId = entity.id;
    }
    const newNodes = addNeighbourhood(entity);
    if (fresh) {
      cy.getElementById(entity.id).addClass('root');
      runLayout('concentric');
    } else if (newNodes > 0) {
      runLayout('cose');
    }
    if (seq !== entitySeq) return;
    showEntity(entity);
    const shown = entity.relations.edges.length;
    const total = entity.relations.totalCount;
    setStatus(
      'ready',
      `${entity.name}: ${shown === total ? total : `${shown} von ${total}`} Beziehungen, ` +
        `${newNodes} neue Knoten. ${cy.nodes().length} Knoten im Graph.`,
    );
    const url = new URL(window.location.href);
    url.searchParams.set('id', rootId);
    window.history.replaceState(null, '', url);
  } catch (error) {
    if (seq === entitySeq && gen === generation) setStatus('error', `Fehler: ${error.message}`);
  }
}

function showEntity(entity) {
  $('entity-panel').hidden = false;
  $('entity-title').textContent = entity.name;
  $('entity-meta').replaceChildren(
    badge(entity.type),
    entity.aliases?.length ? ` auch: ${entity.aliases.join(', ')}` : '',
  );
  $('entity-description').textContent = entity.description ?? '';
  const { totalCount, edges } = entity.relations;
  $('entity-count').textContent =
    totalCount > edges.length ? `Zeigt ${edges.length} von ${totalCount} Beziehungen.` : '';
  $('entity-relations').replaceChildren(
    ...edges.map(({ node: relation }) => {
      const arrow = relation.direction === 'IN' ? '←' : relation.direction === 'OUT' ? '→' : '↔';
      const { id } = edgeFor(entity, relation);
      const open = el('button', {
        type: 'button',
        className: 'link',
        textContent: relation.other.name,
        title: `${relation.other.name} aufklappen`,
      });
      open.addEventListener('click', () => expandNode(relation.other.id));
      const proof = el('button', {
        type: 'button',
        className: 'small',
        textContent: `Belege (${relation.evidence?.length ?? 0})`,
      });
      proof.addEventListener('click', () => showEvidence(cy.getElementById(id)));
      return el(
        'li',
        {},
        el('span', { className: 'rel-type', textContent: `${arrow} ${relation.type}` }),
        ' ',
        badge(relation.other.type),
        ' ',
        open,
        ' ',
        validityDe(relation)
          ? el('span', { className: 'validity', textContent: `(${validityDe(relation)}) ` })
          : null,
        proof,
      );
    }),
  );
}

/** Click on a node: load its neighbourhood once, afterwards just show its details. */
function expandNode(id) {
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    cy.$(':selected').unselect();
    node.select();
  }
  const known = expanded.get(id);
  if (known) {
    showEntity(known);
    setStatus('ready', `${known.name}: Nachbarn sind bereits im Graph.`);
    return Promise.resolve();
  }
  return loadEntity(id);
}

// ---------------------------------------------------------------- evidence panel

function describeDirection(edge) {
  const source = edge.source().data('name');
  const target = edge.target().data('name');
  if (edge.data('type') === 'CO_OCCURS_WITH')
    return `ungerichtet: ${source} ↔ ${target} (im selben Satz genannt)`;
  return edge.data('direction') === 'BOTH'
    ? `ungerichtet: ${source} ↔ ${target}`
    : `gerichtet: ${source} → ${target}`;
}

/** Where a passage stands („S. 3“) and which page of another work it cites („zitiert S. 116“). */
function pageLabel(ev) {
  const parts = [];
  if (ev.page != null) parts.push(`S. ${ev.page}`);
  if (ev.citedPage != null) parts.push(`zitiert S. ${ev.citedPage}`);
  return parts.length > 0 ? parts.join(' · ') : 'keine Seitenangabe';
}

function showEvidence(edge) {
  if (!edge || edge.empty()) return;
  cy.edges('.selected-edge').removeClass('selected-edge');
  edge.addClass('selected-edge');
  const data = edge.data();
  const panel = $('evidence-panel');
  panel.hidden = false;
  panel.dataset.edge = data.id;
  $('evidence-relation').replaceChildren(
    el('strong', { textContent: edge.source().data('name') }),
    ` — ${data.type} ${data.direction === 'BOTH' ? '—' : '→'} `,
    el('strong', { textContent: edge.target().data('name') }),
  );
  $('evidence-confidence').textContent = data.hasConfidence ? numberDe.format(data.confidence) : 'unbekannt';
  $('evidence-direction').textContent = describeDirection(edge);
  const items = data.evidence.map((ev) => {
    const source = [
      el('cite', { className: 'doc', textContent: ev.document?.title ?? 'Unbekanntes Dokument' }),
    ];
    if (ev.section) source.push(' · ', el('span', { className: 'section', textContent: ev.section }));
    source.push(' · ', el('span', { className: 'page', textContent: pageLabel(ev) }));
    return el(
      'li',
      { className: 'evidence-item' },
      el('blockquote', { className: 'quote', textContent: ev.quote }),
      el('p', { className: 'source' }, ...source),
    );
  });
  $('evidence-list').replaceChildren(
    ...(items.length ? items : [el('li', { className: 'empty', textContent: 'Keine Belege gespeichert.' })]),
  );
  $('evidence-title').textContent = `Belege (${items.length})`;
  fitGraph();
  panel.focus({ preventScroll: true });
}

function hideEvidence() {
  $('evidence-panel').hidden = true;
  fitGraph();
  cy.edges('.selected-edge').removeClass('selected-edge');
}

// ---------------------------------------------------------------- search

function badge(type) {
  const info = typeInfo(type);
  const span = el('span', { className: 'badge', textContent: info.label, title: type });
  span.dataset.type = type;
  span.style.backgroundColor = info.color;
  span.style.color = readableText(info.color);
  return span;
}

/** Black or white text, whichever reads better on the badge colour. */
function readableText(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance > 0.18 ? '#111111' : '#ffffff';
}

let searchSeq = 0;

async function search(text) {
  const query = text.trim();
  if (!query) return;
  const seq = ++searchSeq;
  setStatus('loading', `Suche „${query}“ …`);
  $('results').setAttribute('aria-busy', 'true');
  try {
    const data = await graphql(SEARCH_QUERY, { text: query, first: 10 });
    if (seq !== searchSeq) return;
    const hits = data.search ?? [];
    $('results').replaceChildren(
      ...hits.map(({ entity }) => {
        const button = el(
          'button',
          { type: 'button', className: 'hit' },
          badge(entity.type),
          ' ',
          el('span', { className: 'name', textContent: entity.name }),
          entity.aliases?.length
            ? el('span', { className: 'aliases', textContent: ` (${entity.aliases.slice(0, 3).join(', ')})` })
            : null,
        );
        button.addEventListener('click', () => {
          for (const b of $('results').querySelectorAll('button[aria-pressed]'))
            b.removeAttribute('aria-pressed');
          button.setAttribute('aria-pressed', 'true');
          loadEntity(entity.id, { fresh: true });
        });
        const li = el('li', {}, button);
        li.dataset.id = entity.id;
        li.dataset.type = entity.type;
        li.dataset.testid = 'search-hit';
        return li;
      }),
    );
    setStatus(
      'ready',
      hits.length
        ? `${hits.length} Treffer für „${query}“. Treffer wählen, um den Graph zu laden.`
        : `Keine Treffer für „${query}“.`,
    );
  } catch (error) {
    if (seq === searchSeq) setStatus('error', `Fehler: ${error.message}`);
  } finally {
    if (seq === searchSeq) $('results').removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------- wiring

function renderLegend() {
  $('legend-list').replaceChildren(
    ...Object.entries(TYPES).map(([type, info]) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.backgroundColor = info.color;
      const li = el('li', {}, swatch, ` ${info.label}`);
      li.dataset.type = type;
      return li;
    }),
  );
}

cy.on('tap', 'node', (event) => {
  expandNode(event.target.id());
});
cy.on('tap', 'edge', (event) => showEvidence(event.target));
cy.on('mouseover', 'node, edge', () => {
  $('graph').style.cursor = 'pointer';
});
cy.on('mouseout', 'node, edge', () => {
  $('graph').style.cursor = '';
});

// A new „Stand am“ day redraws the root's neighbourhood with only the relations holding then.
$('as-of').addEventListener('change', () => {
  const url = new URL(window.location.href);
  if (asOf()) url.searchParams.set('asOf', asOf());
  else url.searchParams.delete('asOf');
  window.history.replaceState(null, '', url);
  expanded.clear();
  if (rootId) loadEntity(rootId, { fresh: true });
});

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  search($('search').value);
});
$('evidence-close').addEventListener('click', hideEvidence);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('evidence-panel').hidden) hideEvidence();
});
$('fit-button').addEventListener('click', fitGraph);
$('layout-button').addEventListener('click', () => runLayout('cose'));
$('clear-button').addEventListener('click', () => {
  clearGraph();
  $('entity-panel').hidden = true;
  setStatus('idle', 'Graph geleert.');
});

renderLegend();

// Deep links: /explore?id=hzd loads an entity, /explore?q=HZD runs a search.
const params = new URLSearchParams(window.location.search);
if (/^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '')) $('as-of').value = params.get('asOf');
if (params.get('q')) {
  $('search').value = params.get('q');
  search(params.get('q'));
}
if (params.get('id')) loadEntity(params.get('id'), { fresh: true });

/** For tests and the console: the cytoscape instance and the page's actions. */
window.__explorer = { cy, search, loadEntity, showEvidence, types: TYPES };
