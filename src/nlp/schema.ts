import { z } from 'zod';
import { CASES, GENDERS, NUMBERS } from './annotation.ts';

/** The service's answer and the cached file are checked against these before anyone reads them. */
const offset = z.number().int().nonnegative();

const TokenSchema = z.object({
  word: z.string(),
  start: offset,
  end: offset,
  pos: z.string(),
  ner: z.string(),
  head: z.number().int().min(-1),
  dep: z.string(),
  lemma: z.string(),
  lemmas: z.array(z.string()).optional(),
  feats: z.object({
    case: z.array(z.enum(CASES)).optional(),
    number: z.array(z.enum(NUMBERS)).optional(),
    gender: z.array(z.enum(GENDERS)).optional(),
  }),
});

const EntitySchema = z.object({
  start: offset,
  end: offset,
  ner: z.string(),
  text: z.string(),
  tokenStart: offset,
  tokenEnd: offset,
});

const SentenceSchema = z.object({
  start: offset,
  end: offset,
  tokens: z.array(TokenSchema),
  entities: z.array(EntitySchema),
});

/** POST /annotate of scripts/nlp/NlpServer.java. */
export const ServiceResponseSchema = z.object({ sentences: z.array(SentenceSchema) });

export const AnnotationSchema = ServiceResponseSchema.extend({ version: z.string() });

/**
 * GET /health: what the service runs, compared with what this project expects. `morphology` (the
 * dictionary behind lemma and feats) is optional here so that a service from before it is still
 * recognised as this project's, and then refused or restarted as stale.
 */
export const ServiceHealthSchema = z.object({
  status: z.string(),
  ready: z.boolean(),
  corenlp: z.string(),
  annotators: z.string(),
  morphology: z.string().optional(),
});

export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;

/** GET /stats: work done since the service started. */
export const ServiceStatsSchema = z.object({
  requests: z.number().int(),
  chars: z.number().int(),
  tokens: z.number().int(),
});

export type ServiceStats = z.infer<typeof ServiceStatsSchema>;
