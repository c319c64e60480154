// Graph explorer: search → entity → neighbourhood drawn with cytoscape. Public GraphQL API only.
import { createGraph, edgeData, nodeData, relationLabel, typeStyle } from './graph.js';
import { ENTITY_STYLES } from './palette.js';

const RELATIONS_PER_ENTITY = 50;
const DOCUMENT_ENTITIES = 100;

const ENTITY_FIELDS = 'id name caption type';

const SEARCH_QUERY = `query ExploreSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { score matchedOn entity { ${ENTITY_FIELDS} aliases } }
}`;

const ENTITY_QUERY = `query ExploreEntity($id: ID!, $first: Int, $asOf: Date, $weak: Boolean) {
  entity(id: $id) {
    ${ENTITY_FIELDS} aliases description
    documents { mentionCount document { id title date } }
    relations(first: $first, asOf: $asOf, weak: $weak) {
      totalCount
      edges { node {
        type direction confidence role
        validFrom validFromPrecision validTo validToPrecision
        other { ${ENTITY_FIELDS} }
        evidence { quote page citedPage section document { id title date } }
      } }
    }
  }
}`;

const DOCUMENT_QUERY = `query ExploreDocument($id: ID!, $first: Int) {
  document(id: $id) {
    id title publisher date
    entities(first: $first) { totalCount edges { mentionCount node { ${ENTITY_FIELDS} } } }
  }
}`;

/** What a hit matched besides its name, in words. */
const MATCHED = { ACRONYM: 'Abkürzung', ROLE: 'Amt', DESCRIPTION: 'Beschreibung' };

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child != null) node.append(child);
  return node;
};
/** „Stand am“: the day relations must hold on (YYYY-MM-DD from the date field), or null for all. */
const asOf = () => $('as-of').value || null;

/** A date the German way at its precision: 18.01.2024, Januar 2024, 2024 (empty without a date). */
function dateDe(iso, precision) {
  if (!iso) return '';
  const [year, month, day] = String(iso).split('-');
  if (precision === 'YEAR' || !month) return year;
  if (precision === 'MONTH' || !day)
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

function setStatus(state, text) {
  const status = $('status');
  status.dataset.state = state;
  status.textContent = text;
}

// ---------------------------------------------------------------- graph

const graph = createGraph($('graph'));
const { cy } = graph;

/** Entities whose neighbourhood is drawn, by id, in the order they were expanded. */
const expanded = new Map();
let rootId = null;
/** Weak CO_OCCURS_WITH links are drawn only on request, as the API lists them only on request. */
let weak = false;
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

/** Adds an entity and its relations; returns the number of new nodes. */
function addNeighbourhood(entity) {
  let added = 0;
  const center = cy.getElementById(entity.id);
  const origin = center.nonempty() ? { ...center.position() } : { x: 0, y: 0 };
  if (center.empty()) {
    cy.add({ group: 'nodes', data: nodeData(entity), position: origin });
    added += 1;
  }
  const edges = entity.relations.edges.map((e) => e.node);
  edges.forEach((relation, index) => {
    if (cy.getElementById(relation.other.id).empty()) {
      const angle = (2 * Math.PI * index) / Math.max(edges.length, 1);
      cy.add({
        group: 'nodes',
        data: nodeData(relation.other),
        position: { x: origin.x + 120 * Math.cos(angle), y: origin.y + 120 * Math.sin(angle) },
      });
      added += 1;
    }
    const { id, source, target } = edgeFor(entity, relation);
    if (cy.getElementById(id).empty()) {
      cy.add({ group: 'edges', data: edgeData(id, source, target, relation) });
    }
  });
  expanded.set(entity.id, entity);
  cy.getElementById(entity.id).addClass('expanded');
  graph.applyFilters();
  renderRelationLegend();
  return added;
}

function runLayout(kind) {
  if (cy.nodes().empty()) return;
  const layout =
    kind === 'concentric'
      ? {
          name: 'concentric',
          concentric: (node) => (node.id() === rootId ? 2 : 1),
          levelWidth: () => 1,
          minNodeSpacing: 60,
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
          idealEdgeLength: () => 110,
          edgeElasticity: () => 100,
          gravity: 60,
          numIter: 1500,
        };
  graph.plain();
  cy.elements().not('.filtered').layout(layout).run();
  fitGraph();
}

/** Fits the graph into view without blowing a handful of nodes up to poster size. */
function fitGraph() {
  cy.resize();
  cy.fit(cy.elements().not('.filtered'), 40);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  graph.refresh();
}

// ---------------------------------------------------------------- entity loading

let entitySeq = 0;

function clearGraph() {
  generation += 1;
  cy.elements().remove();
  expanded.clear();
  rootId = null;
  hideEvidence();
  renderRelationLegend();
}

/**
 * Loads an entity; `fresh` replaces the graph with it as the root, otherwise its neighbourhood
 * is added in place. Several expansions may run at once; a newer fresh load drops older answers.
 */
async function loadEntity(id, { fresh = false, quietLayout = false } = {}) {
  const seq = ++entitySeq;
  if (fresh) generation += 1;
  const gen = generation;
  setStatus('loading', 'Lade Nachbarschaft …');
  try {
    const data = await graphql(ENTITY_QUERY, { id, first: RELATIONS_PER_ENTITY, asOf: asOf(), weak });
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
    } else if (newNodes > 0 && !quietLayout) {
      runLayout('cose');
    }
    if (seq !== entitySeq) return;
    showEntity(entity);
    const shown = entity.relations.edges.length;
    const total = entity.relations.totalCount;
    setStatus(
      'ready',
      `${entity.name}: ${shown === total ? total : `${shown} von ${total}`} Beziehungen` +
        `${weak ? ' (mit schwachen Verknüpfungen)' : ''}, ${newNodes} neue Knoten. ` +
        `${cy.nodes().length} Knoten im Graph.`,
    );
    const url = new URL(window.location.href);
    url.searchParams.set('id', rootId);
    window.history.replaceState(null, '', url);
  } catch (error) {
    if (seq === entitySeq && gen === generation) setStatus('error', `Fehler: ${error.message}`);
  }
}

/** Redraws what is drawn with or without weak links: the root first, then every expansion. */
async function setWeak(value) {
  weak = value;
  $('weak-toggle').checked = value;
  const ids = [...expanded.keys()];
  const root = rootId;
  if (!root) return;
  await loadEntity(root, { fresh: true });
  for (const id of ids.filter((i) => i !== root)) await loadEntity(id, { quietLayout: true });
  runLayout('cose');
}

function relationItem(entity, relation) {
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
  const role = relation.role ? ` (${relation.role})` : '';
  const type = el('span', {
    className: 'rel-type',
    textContent: `${arrow} ${relationLabel(relation.type)}${role}`,
    title: relation.type,
  });
  type.dataset.type = relation.type;
  const validity = validityDe(relation);
  const when = validity ? el('span', { className: 'validity', textContent: `(${validity}) ` }) : null;
  return el('li', {}, type, ' ', badge(relation.other.type), ' ', open, ' ', when, proof);
}

function documentButton(document, text) {
  const button = el('button', {
    type: 'button',
    className: 'link',
    textContent: text,
    title: 'Dokument öffnen',
  });
  button.addEventListener('click', () => showDocument(document.id));
  return button;
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
  $('entity-relations').replaceChildren(...edges.map(({ node }) => relationItem(entity, node)));
  $('entity-documents').replaceChildren(
    ...(entity.documents ?? []).map(({ document, mentionCount }) =>
      el(
        'li',
        {},
        documentButton(document, document.title),
        document.date ? ` (${dateDe(document.date)})` : '',
        ` · ${mentionCount} Erwähnungen`,
      ),
    ),
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

// ---------------------------------------------------------------- document view

let documentSeq = 0;

async function showDocument(id) {
  const seq = ++documentSeq;
  setStatus('loading', 'Lade Dokument …');
  try {
    const { document: doc } = await graphql(DOCUMENT_QUERY, { id, first: DOCUMENT_ENTITIES });
    if (seq !== documentSeq) return;
    if (!doc) {
      setStatus('error', `Kein Dokument mit der Id „${id}“ gefunden.`);
      return;
    }
    $('document-panel').hidden = false;
    $('document-title').textContent = doc.title;
    $('document-meta').textContent = [doc.publisher, dateDe(doc.date)].filter(Boolean).join(' · ');
    const { totalCount, edges } = doc.entities;
    $('document-count').textContent =
      totalCount > edges.length
        ? `Nennt ${totalCount} Entitäten; die ${edges.length} meistgenannten:`
        : `Nennt ${totalCount} Entitäten:`;
    $('document-entities').replaceChildren(
      ...edges.map(({ node, mentionCount }) => {
        const open = el('button', { type: 'button', className: 'link', textContent: node.name });
        open.addEventListener('click', () => loadEntity(node.id, { fresh: true }));
        const li = el('li', {}, badge(node.type), ' ', open, ` · ${mentionCount}×`);
        li.dataset.id = node.id;
        return li;
      }),
    );
    $('document-panel').scrollIntoView({ block: 'nearest' });
    setStatus('ready', `${doc.title}: ${totalCount} Entitäten.`);
  } catch (error) {
    if (seq === documentSeq) setStatus('error', `Fehler: ${error.message}`);
  }
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

function evidenceItem(ev) {
  const source = [
    ev.document
      ? documentButton(ev.document, ev.document.title)
      : el('span', { textContent: 'Unbekanntes Dokument' }),
  ];
  source[0].classList.add('doc');
  if (ev.document?.date) source.push(` (${dateDe(ev.document.date)})`);
  if (ev.section) source.push(' · ', el('span', { className: 'section', textContent: ev.section }));
  const page = pageLabel(ev);
  const noPage = ev.page == null && ev.citedPage == null;
  source.push(' · ', el('span', { className: noPage ? 'page none' : 'page', textContent: page }));
  return el(
    'li',
    { className: 'evidence-item' },
    el('blockquote', { className: 'quote', textContent: ev.quote }),
    el('p', { className: 'source' }, ...source),
  );
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
    ` ${data.direction === 'BOTH' ? '—' : '→'} ${data.label}${data.role ? ` (${data.role})` : ''} `,
    el('code', { textContent: data.type }),
    ` ${data.direction === 'BOTH' ? '—' : '→'} `,
    el('strong', { textContent: edge.target().data('name') }),
  );
  $('evidence-confidence').textContent = data.hasConfidence ? numberDe.format(data.confidence) : 'unbekannt';
  $('evidence-direction').textContent = describeDirection(edge);
  const items = data.evidence.map(evidenceItem);
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
  const look = typeStyle(type);
  const span = el('span', { className: 'badge', textContent: look.label, title: type });
  span.dataset.type = type;
  span.style.backgroundColor = look.color;
  span.style.color = look.text;
  return span;
}

let searchSeq = 0;

function hitItem(hit, query, count) {
  const { entity, matchedOn = [] } = hit;
  const why = matchedOn.filter((m) => m !== 'NAME').map((m) => MATCHED[m]);
  const button = el(
    'button',
    { type: 'button', className: 'hit' },
    badge(entity.type),
    ' ',
    el('span', { className: 'name', textContent: entity.name }),
    entity.aliases?.length
      ? el('span', { className: 'aliases', textContent: ` (${entity.aliases.slice(0, 3).join(', ')})` })
      : null,
    why.length && !matchedOn.includes('NAME')
      ? el('span', { className: 'why', textContent: ` – gefunden über: ${why.join(', ')}` })
      : null,
  );
  button.addEventListener('click', () => {
    for (const b of $('results').querySelectorAll('button[aria-pressed]')) b.removeAttribute('aria-pressed');
    button.setAttribute('aria-pressed', 'true');
    // The chosen entity matters now: fold the hits away so its relations are in view.
    $('results-box').open = false;
    $('results-summary').textContent = `${count} Treffer für „${query}“ · gewählt: ${entity.name}`;
    loadEntity(entity.id, { fresh: true });
  });
  const li = el('li', {}, button);
  li.dataset.id = entity.id;
  li.dataset.type = entity.type;
  li.dataset.testid = 'search-hit';
  return li;
}

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
    $('results').replaceChildren(...hits.map((hit) => hitItem(hit, query, hits.length)));
    $('results-box').hidden = hits.length === 0;
    $('results-box').open = true;
    $('results-summary').textContent = `${hits.length} Treffer für „${query}“`;
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

// ---------------------------------------------------------------- legend: colours and filters

function legendButton(kind, type, label, swatchColor) {
  const shown = !(kind === 'relation' ? graph.hiddenRelations : graph.hiddenTypes).has(type);
  const swatch = el('span', { className: kind === 'relation' ? 'swatch line' : 'swatch' });
  swatch.style.backgroundColor = swatchColor;
  const button = el('button', {
    type: 'button',
    className: 'filter',
    title: `${label} ein-/ausblenden (${type})`,
  });
  button.append(swatch, ` ${label}`);
  button.setAttribute('aria-pressed', String(shown));
  button.addEventListener('click', () => {
    button.setAttribute('aria-pressed', String(graph.toggle(kind, type)));
  });
  const li = el('li', {}, button);
  li.dataset.type = type;
  return li;
}

function renderLegend() {
  $('legend-list').replaceChildren(
    ...Object.entries(ENTITY_STYLES).map(([type, look]) =>
      legendButton('entity', type, look.label, look.color),
    ),
  );
}

/** Relation types present in the drawing, each a filter. */
function renderRelationLegend() {
  const types = [...new Set(cy.edges().map((e) => e.data('type')))].sort();
  $('legend-relations').replaceChildren(
    ...types.map((type) => {
      const edge = cy.edges(`[type = "${type}"]`)[0];
      return legendButton('relation', type, relationLabel(type), edge?.data('color') ?? '#9aa3b2');
    }),
  );
}

// ---------------------------------------------------------------- wiring

cy.on('tap', 'node', (event) => {
  expandNode(event.target.id());
});
cy.on('tap', 'edge', (event) => showEvidence(event.target));

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
$('document-close').addEventListener('click', () => {
  $('document-panel').hidden = true;
});
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
$('weak-toggle').addEventListener('change', (event) => setWeak(event.target.checked));

renderLegend();

// Deep links: /explore?id=hzd loads an entity, /explore?q=HZD runs a search, &weak=1 shows weak links.
const params = new URLSearchParams(window.location.search);
if (/^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '')) $('as-of').value = params.get('asOf');
if (params.get('weak') === '1') {
  weak = true;
  $('weak-toggle').checked = true;
}
if (params.get('q')) {
  $('search').value = params.get('q');
  search(params.get('q'));
}
if (params.get('id')) loadEntity(params.get('id'), { fresh: true });

/** For tests and the console: the cytoscape instance and the page's actions. */
window.__explorer = {
  cy,
  search,
  loadEntity,
  showEvidence,
  showDocument,
  setWeak,
  toggleFilter: graph.toggle,
  types: ENTITY_STYLES,
};
