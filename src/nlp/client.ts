import { AppError } from '../errors.ts';
import {
  ANNOTATORS,
  type Annotation,
  CORENLP_VERSION,
  MORPHOLOGY,
  type NlpSentence,
  PIPELINE_VERSION,
} from './annotation.ts';
import { type Chunk, chunkText, DEFAULT_CHUNK_CHARS } from './chunk.ts';
import {
  type ServiceHealth,
  ServiceHealthSchema,
  ServiceResponseSchema,
  type ServiceStats,
  ServiceStatsSchema,
} from './schema.ts';

export interface NlpClientOptions {
  /** Base URL of the service, e.g. http://127.0.0.1:9000 (no trailing slash). */
  url: string;
  /** Chunks of one text annotated at the same time (the service's worker count is a good value). */
  concurrency: number;
  /** Per request, i.e. per chunk. */
  timeoutMs: number;
  maxChunkChars?: number;
}

const unavailable = (why: string, cause?: unknown) =>
  new AppError('NLP_UNAVAILABLE', `The German NLP service ${why} (see NLP_URL, or npm run nlp:start).`, {
    cause,
  });
const failed = (why: string, cause?: unknown) =>
  new AppError('NLP_FAILED', `The German NLP service could not annotate the text: ${why}.`, { cause });

/**
 * Why a service of this project is not the one this checkout expects (another CoreNLP release or
 * annotators, or a service from before lemmas and morphology), or undefined when it is.
 */
export function serviceMismatch(health: ServiceHealth): string | undefined {
  const { corenlp, annotators, morphology } = health;
  if (corenlp === CORENLP_VERSION && annotators === ANNOTATORS && morphology === MORPHOLOGY) return undefined;
  const runs = `CoreNLP ${corenlp} with ${annotators} and ${morphology ?? 'no morphology'}`;
  return `it runs ${runs}; this project expects ${CORENLP_VERSION} with ${ANNOTATORS} and ${MORPHOLOGY}`;
}

/**
 * Talks to scripts/nlp/NlpServer.java. A long text is cut at paragraph boundaries, the pieces are
 * annotated concurrently and merged with their offsets shifted back into the whole text.
 */
export class NlpClient {
  private readonly options: Required<NlpClientOptions>;
  private verified: Promise<void> | undefined;

  constructor(options: NlpClientOptions) {
    this.options = { maxChunkChars: DEFAULT_CHUNK_CHARS, ...options };
  }

  async annotate(text: string): Promise<Annotation> {
    await this.verifyService();
    const chunks = chunkText(text, this.options.maxChunkChars).filter((c) => c.text.trim() !== '');
    const parts = await mapConcurrently(chunks, this.options.concurrency, (chunk) =>
      this.annotateChunk(chunk),
    );
    return { version: PIPELINE_VERSION, sentences: parts.flat() };
  }

  /** True once the service has loaded its models. Never throws. */
  async ready(): Promise<boolean> {
    try {
      return (await this.request('/ready')).ok;
    } catch {
      return false;
    }
  }

  /** Work the service has done since it started (tests and the benchmark count requests with it). */
  async stats(): Promise<ServiceStats> {
    const response = await this.request('/stats');
    return ServiceStatsSchema.parse(await response.json());
  }

  private async annotateChunk(chunk: Chunk): Promise<NlpSentence[]> {
    const response = await this.request('/annotate', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: chunk.text,
    });
    if (response.status === 503) throw unavailable('is still loading its models');
    if (!response.ok) throw failed(`HTTP ${response.status}: ${await errorMessage(response)}`);
    const parsed = ServiceResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw failed('its answer does not have the expected shape', parsed.error);
    return parsed.data.sentences.map((sentence) => shift(sentence, chunk.offset));
  }

  /** Once per client: the service must run the CoreNLP release, annotators and dictionary the cache key names. */
  private verifyService(): Promise<void> {
    this.verified ??= (async () => {
      const response = await this.request('/health');
      const health = ServiceHealthSchema.safeParse(await response.json().catch(() => undefined));
      if (!response.ok || !health.success) {
        throw unavailable('at that address is not this project’s NLP service (no /health)');
      }
      const mismatch = serviceMismatch(health.data);
      if (mismatch)
        throw failed(`${mismatch} (an older service: restart it, e.g. npm run nlp:stop, npm run nlp:start)`);
    })();
    this.verified.catch(() => {
      this.verified = undefined; // a later call may find the service up
    });
    return this.verified;
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(`${this.options.url}${path}`, {
        ...init,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw failed(`no answer within ${this.options.timeoutMs} ms (NLP_REQUEST_TIMEOUT_MS)`, error);
      }
      throw unavailable('does not answer', error);
    }
  }
}

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: unknown } }
    | undefined;
  return typeof body?.error?.message === 'string' ? body.error.message : response.statusText;
}

function shift(sentence: NlpSentence, by: number): NlpSentence {
  if (by === 0) return sentence;
  return {
    start: sentence.start + by,
    end: sentence.end + by,
    tokens: sentence.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by })),
    entities: sentence.entities.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
  };
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
async function mapConcurrently<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
