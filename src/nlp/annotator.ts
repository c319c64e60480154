import type { Config } from '../config.ts';
import type { Annotation } from './annotation.ts';
import { AnnotationCache } from './cache.ts';
import { NlpClient } from './client.ts';

export interface AnnotatorStats {
  /** Texts answered from the disk cache. */
  hits: number;
  /** Texts sent to the NLP service. */
  misses: number;
}

/** What the loader's annotate step needs: an annotation per text, and how many came from the cache. */
export interface Annotator {
  annotate(text: string): Promise<Annotation>;
  readonly stats: Readonly<AnnotatorStats>;
}

class CachedAnnotator implements Annotator {
  readonly stats: AnnotatorStats = { hits: 0, misses: 0 };

  constructor(
    private readonly client: NlpClient,
    private readonly cache: AnnotationCache | undefined,
  ) {}

  async annotate(text: string): Promise<Annotation> {
    const cached = await this.cache?.get(text);
    if (cached) {
      this.stats.hits++;
      return cached;
    }
    this.stats.misses++;
    const annotation = await this.client.annotate(text);
    await this.cache?.set(text, annotation);
    return annotation;
  }
}

export function createNlpClient(config: Config): NlpClient {
  return new NlpClient({
    url: config.nlp.url,
    concurrency: config.nlp.threads,
    timeoutMs: config.nlp.requestTimeoutMs,
  });
}

/**
 * The NLP service behind the on-disk cache (NLP_CACHE_DIR), so an unchanged text is annotated once;
 * `cache: false` always asks the service.
 */
export function createAnnotator(config: Config, options: { cache?: boolean } = {}): Annotator {
  const cache = options.cache === false ? undefined : new AnnotationCache(config.nlp.cacheDir);
  return new CachedAnnotator(createNlpClient(config), cache);
}
