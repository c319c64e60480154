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
/** Widest label on screen (px), and the padding of its white background. */
const LABEL_MAX = 150;
const LABEL_PAD = 2;
const FONT_FAMILY = 'system-ui, sans-serif';

const measure = document.createElement('canvas').getContext('2d');
const widths = new Map();
/** On-screen width of a node label, measured once per caption. */
function textWidth(text) {
  if (!widths.has(text)) {
    measure.font = `${NODE_FONT}px ${FONT_FAMILY}`;
    widths.set(text, measure.measureText(text).width);
  }
  return widths.get(text);
}
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
        'font-family': FONT_FAMILY,
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': LABEL_MAX,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': LABEL_PAD,
      },
    },
    // A labelled node is drawn above unlabelled ones, so no dot hides a label.
    { selector: 'node', style: { 'z-index': 10 } },
    { selector: 'node.quiet', style: { label: '', 'z-index': 5 } },
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

  /**
   * Degree-based sizes and labels that keep their on-screen size at any zoom. Labels are placed
   * greedily, the root, expanded and best-connected nodes first; a label that would overlap one
   * already placed is left out (hover or zooming in shows it), so what is shown stays legible.
   */
  function refresh() {
    const visible = cy.elements().not('.filtered');
    const zoom = cy.zoom();
    const nodes = visible.nodes();
    const small = nodes.length <= SMALL_VIEW;
    // Below zoom 1 nodes shrink more slowly than the drawing, so leaves stay visible dots.
    const grow = zoom < 1 ? 1 / Math.sqrt(zoom) : 1;
    cy.batch(() => {
      for (const node of nodes) {
        const size = sizeForDegree(node.connectedEdges().not('.filtered').length);
        node.data('size', size);
        node.style({ width: size * grow, height: size * grow });
      }
      // Fonts scale against the zoom so they keep their size on screen.
      nodes.style({
        'font-size': NODE_FONT / zoom,
        'text-max-width': LABEL_MAX / zoom,
        'text-margin-y': 3 / zoom,
      });
      visible.edges().style({ 'font-size': EDGE_FONT / zoom });
      visible.edges().toggleClass('quiet', !small && zoom < 1);
    });
    const shown = small ? new Set(nodes.map((n) => n.id())) : placeLabels(nodes, zoom, grow);
    cy.batch(() => {
      for (const node of nodes) node.toggleClass('quiet', !shown.has(node.id()));
    });
  }

  /** Ids of the nodes whose labels fit without overlapping, most important first. */
  function placeLabels(nodes, zoom, grow) {
    const rank = (n) =>
      (n.hasClass('root') ? 1e6 : 0) + (n.hasClass('expanded') ? 1e4 : 0) + n.connectedEdges().length;
    const placed = [];
    const shown = new Set();
    for (const node of [...nodes].sort((a, b) => rank(b) - rank(a))) {
      const { x, y } = node.renderedPosition();
      const radius = (Number(node.data('size')) * grow * zoom) / 2;
      const width = Math.min(textWidth(String(node.data('caption'))), LABEL_MAX) + 2 * LABEL_PAD;
      const top = y + radius + 3 - LABEL_PAD;
      const box = {
        x1: x - width / 2,
        x2: x + width / 2,
        y1: top,
        y2: top + NODE_FONT * 1.3 + 2 * LABEL_PAD,
      };
      if (placed.some((p) => box.x1 < p.x2 && p.x1 < box.x2 && box.y1 < p.y2 && p.y1 < box.y2)) continue;
      placed.push(box);
      shown.add(node.id());
    }
    return shown;
  }

  /** Drops the zoom-dependent styles so a layout measures nodes and labels at their plain size. */
  function plain() {
    cy.batch(() => {
      cy.nodes().removeClass('quiet').removeStyle('width height font-size text-max-width text-margin-y');
      cy.edges().removeStyle('font-size');
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
  cy.on('zoom dragfree', () => {
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
    plain,
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
