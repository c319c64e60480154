/**
 * mercurius accepts a query that is not GraphQL text but a JSON-encoded AST (`{"kind":"Document"…}`)
 * and hands it to validation unchecked; a malformed one (or `5`, `{}`, `[]`) makes graphql throw
 * a plain Error, which would surface as a 500. This `preValidation` hook lets only documents
 * that the GraphQL parser produced from the request text through: anything else is a syntax error.
 */
import type { FastifyInstance } from 'fastify';
import type { DocumentNode } from 'graphql';
import { badInput } from '../../../errors.ts';

export function parsedFromText(document: unknown, source: unknown): boolean {
  const loc = (document as DocumentNode | null)?.loc;
  if ((document as DocumentNode | null)?.kind !== 'Document' || loc === undefined) return false;
  // Over HTTP the text is known; `app.graphql(text)` callers pass no request context.
  return typeof source !== 'string' || loc.source?.body === source;
}

export function registerDocumentGuard(app: FastifyInstance): void {
  app.graphql.addHook('preValidation', (_schema, document, context) => {
    const source = (context as unknown as { __currentQuery?: unknown }).__currentQuery;
    if (!parsedFromText(document, source)) {
      throw badInput('Syntax Error: the query must be a GraphQL document (text).');
    }
  });
}
