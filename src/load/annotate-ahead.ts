/**
 * Documents annotated ahead: while one document is extracted, the NLP service already works on
 * the next `inFlight` ones (NLP_THREADS), so it never waits for the loader's rules. The
 * extraction itself stays in file order, because each document learns the entities of the ones
 * before it; only the service call runs ahead, and it depends on the document's text alone.
 */
import type { Annotator } from '../ingest/index.ts';
import type { Annotation } from '../nlp/annotation.ts';

/** Ends a look-ahead pass once its text is at the service: the rest of that pass is not needed. */
class Requested extends Error {}

export class AnnotateAhead implements Annotator {
  readonly #pending = new Map<string, Promise<Annotation>>();
  readonly #started = new Set<string>();

  /**
   * Hands a look-ahead pass's text to the service and stops the pass. The pipeline's stages
   * before `annotate` (read, normalise, segment) are what turn a file into that text, so the
   * look-ahead runs them rather than repeating their logic here.
   */
  readonly requester: Annotator = {
    annotate: async (text: string) => {
      if (!this.#pending.has(text)) {
        const pending = this.inner.annotate(text);
        // Awaited later by the document's own pass; until then a failure must not go unhandled.
        pending.catch(() => undefined);
        this.#pending.set(text, pending);
      }
      throw new Requested();
    },
  };

  constructor(
    private readonly inner: Annotator,
    readonly inFlight: number,
  ) {}

  /** The annotation requested ahead for `text`, else a request now. */
  annotate(text: string): Promise<Annotation> {
    const pending = this.#pending.get(text);
    if (!pending) return this.inner.annotate(text);
    this.#pending.delete(text);
    return pending;
  }

  /**
   * Starts the look-ahead passes for the `inFlight` files after `files[from]`: while that one is
   * extracted they are at the service. A file that fails here fails again, in order, in its own pass.
   */
  lookAhead(files: readonly string[], from: number, pass: (file: string) => Promise<unknown>): void {
    for (const file of files.slice(from + 1, from + 1 + this.inFlight)) {
      if (this.#started.has(file)) continue;
      this.#started.add(file);
      pass(file).catch(() => undefined);
    }
  }

  /** Forgets what no pass asked for (a load that stopped early). */
  clear(): void {
    this.#pending.clear();
    this.#started.clear();
  }
}
