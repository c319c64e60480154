// The drawing: cytoscape coloured from the shared palette, node sizes by degree in the current
// view, labels that keep a readable size at any zoom, and filters by entity and relation type.
/* global cytoscape */
import { ENTITY_STYLES, RELATION_LABELS, RELATION_STYLES, UNKNOWN_STYLE } from './palette.js';

export const typeStyle = (type) => ENTITY_STYLES[type] ?? UNKNOWN_STYLE;
/** German reading of a relation type; the code itself stays in tooltips. */
export const relationLabel = (type) => RELATION_LABELS[type] ?? type;
/** Relation types that claim no direction: drawn without an arrow. */
const UNDIRECTED = new Set(['CO_OCCURS_WITH', 'COOPERATES_WITH']);

/** On-screen font sizes (px) the labels keep whatever the zoom. */
const NODE_FONT = 12;
const EDGE_FONT = 10;
/** Below this zoom only well-connected nodes keep a label and edges lose theirs (hover shows them). */
const QUIET_ZOOM = 0.75;
/** Views this small are labelled in full at any zoom. */
const SMALL_VIEW = 15;

/** Node diameter from its degree among the visible elements: hubs stand out, leaves stay small. */
export function sizeForDegree(degree) {
  return Math.min(72, Math.round(22 + 9 * Math.sqrt(degree)));
}

function style() {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        'border-color': 'data(border)',
        'border-width': 2,
        label: 'data(caption)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': NODE_FONT,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 150,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
      },
    },
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2330' } },
    { selector: 'node.root', style: { 'border-width': 5, 'border-color': '#1d2330', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(confidence, 0, 1, 1, 4)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': EDGE_FONT,
        color: '#4a5366',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
      },
    },
    { selector: 'edge.quiet', style: { label: '' } },
    // Symmetric or weak links (same sentence only) carry no arrow.
    { selector: 'edge[direction = "BOTH"]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.hover', style: { label: 'data(name)', 'z-index': 20, 'text-max-width': 260 } },
    { selector: 'edge.hover', style: { label: 'data(label)', 'z-index': 20 } },
    {
      selector: 'edge.selected-edge',
      style: {
        'line-color': '#d62728',
        'target-arrow-color': '#d62728',
        color: '#d62728',
        width: 4,
        label: 'data(label)',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } },
  ];
}

export function nodeData(entity) {
  const look = typeStyle(entity.type);
  return {
    id: entity.id,
    name: entity.name,
    caption: entity.caption ?? entity.name,
    type: entity.type,
    typeLabel: look.label,
    color: look.color,
    border: look.border,
    size: sizeForDegree(0),
  };
}

export function edgeData(id, source, target, relation) {
  return {
    id,
    source,
    target,
    type: relation.type,
    label: relationLabel(relation.type),
    role: relation.role ?? null,
    color: (RELATION_STYLES[relation.type] ?? { color: '#9aa3b2' }).color,
    direction: relation.direction === 'BOTH' || UNDIRECTED.has(relation.type) ? 'BOTH' : 'DIRECTED',
    confidence: typeof relation.confidence === 'number' ? relation.confidence : 0.5,
    hasConfidence: typeof relation.confidence === 'number',
    evidence: relation.evidence ?? [],
  };
}

export function createGraph(container) {
  const cy = cytoscape({ container, minZoom: 0.15, maxZoom: 3, style: style() });
  const hiddenTypes = new Set();
  const hiddenRelations = new Set();

  /** Degree-based sizes and zoom-dependent labels for what is visible now. */
  function refresh() {
    const visible = cy.elements().not('.filtered');
    const zoom = cy.zoom();
    const small = visible.nodes().length <= SMALL_VIEW;
    const quiet = !small && zoom < QUIET_ZOOM;
    cy.batch(() => {
      for (const node of visible.nodes()) {
        const degree = node.connectedEdges().not('.filtered').length;
        node.data('size', sizeForDegree(degree));
        node.toggleClass('quiet', quiet && degree < 3 && !node.hasClass('expanded'));
      }
      visible.edges().toggleClass('quiet', quiet || (!small && zoom < 1));
      // Fonts scale against the zoom so they keep their size on screen.
      visible.nodes().style({
        'font-size': NODE_FONT / zoom,
        'text-max-width': 150 / zoom,
        'text-margin-y': 3 / zoom,
      });
      visible.edges().style({ 'font-size': EDGE_FONT / zoom });
    });
  }

  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes()
        .filter((n) => hiddenTypes.has(n.data('type')))
        .addClass('filtered');
      cy.edges()
        .filter(
          (e) =>
            hiddenRelations.has(e.data('type')) ||
            e.source().hasClass('filtered') ||
            e.target().hasClass('filtered'),
        )
        .addClass('filtered');
    });
    refresh();
  }

  let pending = false;
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      refresh();
    });
  });

  cy.on('mouseover', 'node', (event) => {
    const node = event.target;
    node.addClass('hover');
    container.title = `${node.data('name')} · ${node.data('typeLabel')}`;
  });
  cy.on('mouseover', 'edge', (event) => {
    const edge = event.target;
    edge.addClass('hover');
    const role = edge.data('role') ? ` als ${edge.data('role')}` : '';
    container.title = `${edge.data('label')}${role} (${edge.data('type')}) · ${edge.data('evidence').length} Belege`;
  });
  cy.on('mouseout', 'node, edge', (event) => {
    event.target.removeClass('hover');
    container.title = '';
  });

  return {
    cy,
    refresh,
    hiddenTypes,
    hiddenRelations,
    /** Shows or hides one entity or relation type; returns whether it is now shown. */
    toggle(kind, type) {
      const set = kind === 'relation' ? hiddenRelations : hiddenTypes;
      if (set.has(type)) set.delete(type);
      else set.add(type);
      applyFilters();
      return !set.has(type);
    },
    applyFilters,
  };
}
