/**
 * Messages for requests that fail a route schema (fastify's `schemaErrorFormatter`): they name
 * the parameter, where it goes and what it must be, instead of Ajv's "querystring/q must be
 * string". A repeated query parameter (`?q=a&q=b`) arrives as an array, so a scalar's message
 * says it is taken once.
 */
import type { FastifySchemaValidationError } from 'fastify';

const PLACES: Readonly<Record<string, string>> = {
  querystring: 'Query parameter',
  params: 'Path parameter',
  body: 'Body field',
  headers: 'Header',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function typeOf(expected: unknown): string {
  const names = String(expected).split(',');
  const scalar = !names.includes('array') && !names.includes('object');
  const phrase = names.map((t) => TYPES[t] ?? t).join(' or ');
  return scalar ? `${phrase}, given once` : phrase;
}

function requirement(error: FastifySchemaValidationError): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${typeOf(params.type)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

export function describeSchemaError(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const error = errors[0];
  if (!error) return new Error(`Invalid ${dataVar}.`);
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath.slice(1).split('/');
  if (error.keyword === 'required') path.push(String(params.missingProperty));
  // A list item of a query parameter is one of its repetitions: the parameter is the name.
  const name = path.filter((p) => p !== '' && !(dataVar === 'querystring' && /^\d+$/.test(p))).join('.');
  const place = PLACES[dataVar] ?? dataVar;
  if (!name) return new Error(`The ${dataVar === 'body' ? 'request body' : dataVar} ${requirement(error)}.`);
  return new Error(`${place} '${name}' ${requirement(error)}.`);
}
