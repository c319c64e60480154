import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from './errors.ts';

/** Project root, whether run from src/ with tsx or from a test. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The documented local default; the local Neo4j install is set to it on first start. */
export const LOCAL_DEFAULT_PASSWORD = 'hessen-kg-local';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'expected a size like 512m or 2g');

/**
 * The load lease: a loader renews it on a timer while it lives, so a crashed loader blocks others
 * for at most `leaseMs`; its heartbeat counts as stale after two missed renewals.
 */
export const LOAD_LEASE_DEFAULTS = { leaseMs: 30_000, heartbeatMs: 10_000 } as const;

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'expected bolt://host:port or neo4j://host:port')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j requires at least 8 characters').default(LOCAL_DEFAULT_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Whether `npm start` installs and launches the local Neo4j (off when NEO4J_URI points elsewhere). */
  NEO4J_MANAGED: bool.optional(),
  NEO4J_HOME: z.string().min(1).default('.neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memorySize.default('2g'),
  NEO4J_PAGECACHE: memorySize.default('2g'),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(90_000),

  SEEDS_DIR: z.string().min(1).default('seeds/documents'),
  CATALOG_DIR: z.string().min(1).default('seeds/catalog'),
  LOAD_SEEDS_IF_EMPTY: bool.default(true),

  GRAPHIQL: bool.default(true),
  INTROSPECTION: bool.default(true),
  MAX_QUERY_DEPTH: positiveInt.default(12),
  MAX_QUERY_COST: positiveInt.default(50_000),
  MAX_QUERY_TOKENS: positiveInt.default(3_000),
  MAX_PAGE_SIZE: positiveInt.default(100),
  BODY_LIMIT_BYTES: positiveInt.default(100_000),
  RATE_LIMIT_MAX: positiveInt.default(600),
  RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
  QUERY_TIMEOUT_MS: positiveInt.default(10_000),
  /** Transaction timeout of the loader: one transaction writes consecutive documents up to a row budget. */
  LOAD_TIMEOUT_MS: positiveInt.default(600_000),
  LOAD_LEASE_MS: positiveInt.default(LOAD_LEASE_DEFAULTS.leaseMs),
  LOAD_HEARTBEAT_MS: positiveInt.default(LOAD_LEASE_DEFAULTS.heartbeatMs),
  REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  CORS_ORIGIN: z.string().default('*'),
  /** GraphQL operations compiled to one Cypher statement; false answers through the batched loaders. */
  GRAPHQL_COMPILE: bool.default(true),
  /** In-process cache of GraphQL responses, keyed by graph version, query and variables. */
  RESPONSE_CACHE: bool.default(true),
  RESPONSE_CACHE_MAX_MB: positiveInt.default(64),
  /** How often (at most) the graph version is read from Neo4j; a load elsewhere shows within this. */
  GRAPH_VERSION_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** `Cache-Control: max-age` of GraphQL GET answers (they carry an ETag either way). */
  HTTP_CACHE_MAX_AGE_S: z.coerce.number().int().min(0).max(86_400).default(0),

  /** A German NLP service somewhere else (e.g. the compose service); when set, nothing is started locally. */
  NLP_URL: z.url({ protocol: /^https?$/, error: 'expected http://host:port' }).optional(),
  /** Whether `npm start` installs and launches the local NLP service (off when NLP_URL is set). */
  NLP_MANAGED: bool.optional(),
  NLP_HOME: z.string().min(1).default('.nlp'),
  NLP_PORT: port.default(9000),
  NLP_HEAP: memorySize.default('3g'),
  /** Annotation workers in the service, and concurrent requests the client sends. */
  NLP_THREADS: positiveInt.default(2),
  NLP_START_TIMEOUT_MS: positiveInt.default(180_000),
  /** Per request to the NLP service (one chunk of at most ~8,000 characters). */
  NLP_REQUEST_TIMEOUT_MS: positiveInt.default(120_000),
  NLP_CACHE_DIR: z.string().min(1).default('.cache/nlp'),

  /** Where integration tests get Neo4j: a testcontainer, the local install, or whichever answers. */
  TEST_NEO4J: z.enum(['auto', 'container', 'local']).default('auto'),
  TEST_NEO4J_BOLT_PORT: port.default(7688),
  TEST_NEO4J_HTTP_PORT: port.default(7475),
  /** The NLP service the tests start (or reuse when one answers there); NLP_URL wins when set. */
  TEST_NLP_PORT: port.default(9001),
});

/** Rules across variables, checked after each variable's own. */
const CheckedEnv = EnvSchema.refine((env) => env.LOAD_HEARTBEAT_MS * 2 <= env.LOAD_LEASE_MS, {
  // A renewal may fail once without the lease running out.
  message: 'must be at most half of LOAD_LEASE_MS',
  path: ['LOAD_HEARTBEAT_MS'],
});

export type Env = z.input<typeof EnvSchema>;

function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p);
}

function shape(env: z.output<typeof EnvSchema>) {
  const uri = env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    neo4j: {
      uri,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      queryTimeoutMs: env.QUERY_TIMEOUT_MS,
      loadTimeoutMs: env.LOAD_TIMEOUT_MS,
    },
    load: {
      leaseMs: env.LOAD_LEASE_MS,
      heartbeatMs: env.LOAD_HEARTBEAT_MS,
    },
    localNeo4j: {
      managed: env.NEO4J_MANAGED ?? env.NEO4J_URI === undefined,
      home: resolveFromRoot(env.NEO4J_HOME),
      boltPort: env.NEO4J_BOLT_PORT,
      httpPort: env.NEO4J_HTTP_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
      startTimeoutMs: env.NEO4J_START_TIMEOUT_MS,
    },
    nlp: {
      url: (env.NLP_URL ?? `http://127.0.0.1:${env.NLP_PORT}`).replace(/\/+$/, ''),
      managed: env.NLP_MANAGED ?? env.NLP_URL === undefined,
      home: resolveFromRoot(env.NLP_HOME),
      port: env.NLP_PORT,
      heap: env.NLP_HEAP,
      threads: env.NLP_THREADS,
      startTimeoutMs: env.NLP_START_TIMEOUT_MS,
      requestTimeoutMs: env.NLP_REQUEST_TIMEOUT_MS,
      cacheDir: resolveFromRoot(env.NLP_CACHE_DIR),
    },
    test: {
      neo4j: env.TEST_NEO4J,
      boltPort: env.TEST_NEO4J_BOLT_PORT,
      httpPort: env.TEST_NEO4J_HTTP_PORT,
      nlpPort: env.TEST_NLP_PORT,
      /** Set only when NLP_URL is: tests then use that service instead of starting one. */
      nlpUrl: env.NLP_URL?.replace(/\/+$/, ''),
    },
    seeds: {
      documentsDir: resolveFromRoot(env.SEEDS_DIR),
      catalogDir: resolveFromRoot(env.CATALOG_DIR),
      loadIfEmpty: env.LOAD_SEEDS_IF_EMPTY,
    },
    api: {
      graphiql: env.GRAPHIQL,
      introspection: env.INTROSPECTION,
      maxQueryDepth: env.MAX_QUERY_DEPTH,
      maxQueryCost: env.MAX_QUERY_COST,
      maxQueryTokens: env.MAX_QUERY_TOKENS,
      maxPageSize: env.MAX_PAGE_SIZE,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      rateLimitMax: env.RATE_LIMIT_MAX,
      rateLimitWindowMs: env.RATE_LIMIT_WINDOW_MS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      corsOrigin: env.CORS_ORIGIN,
      compile: env.GRAPHQL_COMPILE,
    },
    cache: {
      enabled: env.RESPONSE_CACHE,
      maxBytes: env.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      versionPollMs: env.GRAPH_VERSION_POLL_MS,
      httpMaxAgeSeconds: env.HTTP_CACHE_MAX_AGE_S,
    },
  };
}

export type Config = Readonly<ReturnType<typeof shape>>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Parses the environment once. Every problem is reported together, each naming its variable.
 * `overrides` win over the environment; tests use them instead of mutating process.env.
 */
export function loadConfig(overrides: Partial<Record<keyof Env, string>> = {}, env = readEnv()): Config {
  const merged = { ...pickKnown(env), ...overrides };
  const result = CheckedEnv.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      return `  ${variable}: ${issue.message}${variable in merged ? ` (got "${String(merged[variable as keyof typeof merged])}")` : ''}`;
    });
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n${problems.join('\n')}`, {
      details: { variables: result.error.issues.map((i) => i.path.join('.')) },
    });
  }
  return deepFreeze(shape(result.data));
}

function pickKnown(env: NodeJS.ProcessEnv): Record<string, string> {
  const known = Object.keys(EnvSchema.shape);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  return picked;
}

/** The one place that reads process.env; a `.env` file at the project root is honoured if present. */
function readEnv(): NodeJS.ProcessEnv {
  const dotenv = path.join(PROJECT_ROOT, '.env');
  if (existsSync(dotenv) && typeof process.loadEnvFile === 'function') process.loadEnvFile(dotenv);
  return process.env;
}

/** The environment to hand to child processes (the Neo4j JVM, npm) without reading it elsewhere. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** CLI entry points call this: a readable message and exit code 2 instead of a stack trace. */
export function loadConfigOrExit(overrides: Partial<Record<keyof Env, string>> = {}): Config {
  try {
    return loadConfig(overrides);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFIG_INVALID') {
      process.stderr.write(`${error.message}\nSee .env.example and the README's configuration table.\n`);
      process.exit(2);
    }
    throw error;
  }
}
