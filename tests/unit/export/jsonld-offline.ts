import jsonld from 'jsonld';

/** Expanded JSON-LD is untyped by nature: node objects keyed by absolute IRIs. */
// biome-ignore lint/suspicious/noExplicitAny: expanded JSON-LD has no static shape.
export type ExpandedNode = Record<string, any>;

/** A document loader that fails: proves the export's @context is inline, nothing is fetched. */
export const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD processing tried to fetch ${url}`);
};

export async function expandOffline(doc: unknown): Promise<ExpandedNode[]> {
  return (await jsonld.expand(doc as never, { documentLoader: offlineLoader as never })) as ExpandedNode[];
}

export async function toNquadsOffline(doc: unknown): Promise<string> {
  return (await jsonld.toRDF(doc as never, {
    format: 'application/n-quads',
    documentLoader: offlineLoader as never,
  })) as unknown as string;
}
