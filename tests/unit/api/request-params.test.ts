import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperationSelection } from '../../../src/api/graphql/operation-guard.ts';
import { describeParamError, isJsonObjectOrNull } from '../../../src/api/graphql/request-params.ts';
import { describeSchemaError } from '../../../src/api/plugins/schema-errors.ts';
import { clientMessageOf, ERROR_CATALOGUE } from '../../../src/errors.ts';

describe('GraphQL request parameters', () => {
  it('GET JSON parameters decode to an object or null, nothing else', () => {
    for (const ok of ['{}', 'null', ' {"a": [1, "ä"]} ']) expect(isJsonObjectOrNull(ok), ok).toBe(true);
    for (const bad of [
      'true',
      '1',
      '"x"',
      '[1]',
      '',
      '{',
      '{"__proto__": {}}',
      '{"constructor": {"prototype": {}}}',
    ]) {
      expect(isJsonObjectOrNull(bad), bad).toBe(false);
    }
  });

  it('names the parameter and what it must be', () => {
    expect(describeParamError([{ instancePath: '/variables' }])).toBe(
      'variables must be a JSON object or null',
    );
    expect(describeParamError([{ instancePath: '/operationName' }])).toBe(
      'operationName must be a string or null',
    );
    expect(describeParamError([{ instancePath: '' }])).toMatch(/^The body must be one JSON object/);
  });

  it('operationName must select one operation', () => {
    const two = parse('query A { a } query B { b }');
    expect(() => checkOperationSelection(two, 'A')).not.toThrow();
    expect(() => checkOperationSelection(parse('{ a }'), undefined)).not.toThrow();
    expect(() => checkOperationSelection(two, undefined)).toThrow(/several operations/);
    expect(() => checkOperationSelection(two, 'C')).toThrow(
      "operationName 'C' names no operation of the query (it has: A, B).",
    );
    expect(() => checkOperationSelection(parse('{ a }'), '[]')).toThrow(/its operations have no names/);
  });
});

describe('schema error messages', () => {
  const error = (keyword: string, instancePath: string, params: Record<string, unknown>) => ({
    keyword,
    instancePath,
    schemaPath: '',
    params,
    message: 'must be >= 1',
  });

  it('say where the parameter goes and what it must be', () => {
    expect(describeSchemaError([error('type', '/q', { type: 'string' })], 'querystring').message).toBe(
      "Query parameter 'q' must be a string, given once.",
    );
    expect(
      describeSchemaError([error('required', '', { missingProperty: 'q' })], 'querystring').message,
    ).toBe("Query parameter 'q' is required.");
    expect(
      describeSchemaError([error('enum', '/relationType/1', { allowedValues: ['A', 'B'] })], 'querystring')
        .message,
    ).toBe("Query parameter 'relationType' must be one of A, B.");
    expect(describeSchemaError([error('minimum', '/limit', {})], 'querystring').message).toBe(
      "Query parameter 'limit' must be >= 1.",
    );
    expect(describeSchemaError([error('type', '/id', { type: 'string' })], 'params').message).toMatch(
      /^Path parameter 'id'/,
    );
  });
});

describe('clientMessageOf', () => {
  it("hides JavaScript exceptions' messages, keeps deliberate ones", () => {
    const typeError = Object.assign(new TypeError("Cannot read properties of undefined (reading 'value')"), {
      statusCode: 400,
    });
    expect(clientMessageOf(typeError)).toBe(ERROR_CATALOGUE.BAD_USER_INPUT.summary);
    expect(clientMessageOf(new SyntaxError('Unexpected token } in JSON at position 3'))).toBe(
      ERROR_CATALOGUE.BAD_USER_INPUT.summary,
    );
    expect(clientMessageOf(new Error('Operation cannot be performed via a GET request'))).toBe(
      'Operation cannot be performed via a GET request',
    );
  });
});
