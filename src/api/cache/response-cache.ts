/**
 * GraphQL responses kept in memory (LRU, bounded by the bytes of the bodies), keyed by graph
 * version, normalised query, operation name and variables. A new version empties the cache:
 * entries of an old version can never be served again.
 */
import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  body: string;
}

export interface GraphqlRequest {
  query: string;
  operationName?: string | null | undefined;
  variables?: unknown;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same variables. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export class ResponseCache {
  readonly #responses: LRUCache<string, CachedResponse>;
  /** Query text → printed AST: whitespace, commas and comments do not make a new entry. */
  readonly #normalised = new LRUCache<string, string>({ max: 1000 });
  #version: number | null = null;

  constructor(
    maxBytes: number,
    /** Parsing stops here, as mercurius' does (MAX_QUERY_TOKENS). */
    private readonly maxTokens: number,
  ) {
    this.#responses = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length,
    });
  }

  /** The request's identity at a version: a hex digest, also the ETag's core. */
  key(version: number, request: GraphqlRequest): string | null {
    const query = this.#normalise(request.query);
    if (query === null) return null;
    return createHash('sha256')
      .update(`${version}\n${request.operationName ?? ''}\n${query}\n${stableJson(request.variables)}`)
      .digest('base64url');
  }

  /** A hit for `key` at `version`; a newer version than any seen before empties the cache. */
  get(version: number, key: string): CachedResponse | undefined {
    if (this.#version === null || version > this.#version) {
      this.#version = version;
      this.#responses.clear();
    }
    return version === this.#version ? this.#responses.get(key) : undefined;
  }

  /** Stores only at the newest version seen: a slow answer of an older version is dropped. */
  set(version: number, key: string, response: CachedResponse): void {
    if (version === this.#version) this.#responses.set(key, response);
  }

  get size(): number {
    return this.#responses.size;
  }

  /** Null when the text does not parse: such a request is answered (with an error), never cached. */
  #normalise(text: string): string | null {
    const known = this.#normalised.get(text);
    if (known !== undefined) return known;
    try {
      const printed = print(parse(text, { noLocation: true, maxTokens: this.maxTokens }));
      this.#normalised.set(text, printed);
      return printed;
    } catch {
      return null;
    }
  }
}
