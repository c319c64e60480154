/**
 * The one validation of the GraphQL request parameters (query, variables, operationName,
 * extensions), for GET and POST alike, as route schemas that fastify checks before mercurius
 * runs. mercurius' own schemas let hostile shapes through: fastify's shared Ajv coerces types
 * (`"operationName": 1` becomes "1", `"variables": false` becomes null) and GET takes any string
 * as `variables`, so `variables=true` reached graphql-js and failed there as a 500.
 * Here the routes get a non-coercing Ajv, and on GET the JSON-encoded parameters must decode
 * to what POST accepts; every wrong shape is a 400 that names the parameter and its type.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { FastifySchema, RouteOptions } from 'fastify';

/** What each parameter must be, as the error message says it. */
const PARAMS = {
  query: 'a string (the GraphQL document)',
  variables: 'a JSON object or null',
  operationName: 'a string or null',
  extensions: 'a JSON object or null',
} as const;

type Param = keyof typeof PARAMS;

const isParam = (name: string): name is Param => Object.hasOwn(PARAMS, name);

const objectOrNull = { type: ['object', 'null'] } as const;
/** On GET, variables and extensions arrive JSON-encoded (GraphQL over HTTP). */
const jsonObjectOrNull = { type: 'string', format: 'json-object-or-null' } as const;

const postBody = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    variables: objectOrNull,
    operationName: { type: ['string', 'null'] },
    extensions: objectOrNull,
  },
} as const;

const getQuerystring = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    variables: jsonObjectOrNull,
    operationName: { type: 'string' },
    extensions: jsonObjectOrNull,
  },
} as const;

/** Keys that secure-json-parse (mercurius' parser) refuses; refused here first, with our message. */
function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || (key === 'constructor' && value && Object.hasOwn(value, 'prototype'))) {
    throw new SyntaxError('prototype key');
  }
  return value;
}

export function isJsonObjectOrNull(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text, rejectPrototypeKeys);
    return value === null || (typeof value === 'object' && !Array.isArray(value));
  } catch {
    return false;
  }
}

const ajv = new Ajv({ coerceTypes: false, useDefaults: false, allErrors: false });
ajv.addFormat('json-object-or-null', { type: 'string', validate: isJsonObjectOrNull });

const BODY_SHAPE =
  'The body must be one JSON object {"query", "variables", "operationName", "extensions"} sent as ' +
  'application/json; batches (arrays) are not accepted.';

/** The client message for the first schema violation: the parameter and what it must be. */
export function describeParamError(errors: readonly Partial<ErrorObject>[]): string {
  const name = errors[0]?.instancePath?.split('/')[1] ?? '';
  if (isParam(name)) return `${name} must be ${PARAMS[name]}`;
  return BODY_SHAPE;
}

function withParamSchema(schema: FastifySchema | undefined, method: string): FastifySchema {
  return method === 'POST' ? { ...schema, body: postBody } : { ...schema, querystring: getQuerystring };
}

/**
 * fastify `onRoute` hook: gives the GraphQL routes at `path` the schemas above, compiled by the
 * strict Ajv, with messages from describeParamError (mercurius turns them into GraphQL errors).
 */
export function graphqlParamSchemas(path: string): (route: RouteOptions) => void {
  return (route) => {
    const method = String(route.method);
    if (route.url !== path || !['GET', 'HEAD', 'POST'].includes(method)) return;
    route.schema = withParamSchema(route.schema, method);
    route.validatorCompiler = ({ schema }) => ajv.compile(schema);
    route.schemaErrorFormatter = (errors) => new Error(describeParamError(errors));
  };
}
