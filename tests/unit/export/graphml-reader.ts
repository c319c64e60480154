import Graph from 'graphology';
import { parse } from 'graphology-graphml';

/**
 * Reads GraphML with graphology-graphml (its Node entry brings @xmldom/xmldom as the DOMParser).
 * The cast bridges graphology's class and the graphology-types constructor type the parser declares.
 */
export function readGraphml(xml: string) {
  return parse(Graph as unknown as Parameters<typeof parse>[0], xml);
}
