/**
 * `operationName` must select exactly one operation of the query. graphql-js reports a miss as
 * an error, but mercurius' GET check (no mutations over GET) and the cost estimate read the
 * selected operation without looking: an unknown name, or several operations without a name,
 * threw TypeErrors there (a 500, or a JavaScript message in a 400). Checked here first.
 *
 * A query with several operations is executed as a document holding only the selected one:
 * mercurius compiles a query (jit) for the operation of the request that triggers compiling and
 * reuses it for the same text, so a later request naming another operation got the first one's
 * data. A modified document is never compiled nor served from that cache.
 */
import type { FastifyInstance } from 'fastify';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { badInput } from '../../errors.ts';

/** `operationName` of the request, from the POST body or the GET query string. */
export function operationNameOf(context: MercuriusContext): string | undefined {
  const request = context.reply?.request;
  const source = (request?.method === 'POST' ? request.body : request?.query) as
    | { operationName?: unknown }
    | undefined;
  return typeof source?.operationName === 'string' ? source.operationName : undefined;
}

/** Throws BAD_USER_INPUT unless `operationName` picks one operation of the document. */
export function checkOperationSelection(document: DocumentNode, operationName: string | undefined): void {
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? null] : [],
  );
  if (operationName === undefined) {
    if (names.length > 1) {
      throw badInput('The query has several operations: say which one to run with operationName.');
    }
  } else if (!names.includes(operationName)) {
    const known = names.filter((n) => n !== null);
    throw badInput(
      `operationName '${operationName}' names no operation of the query` +
        (known.length > 0 ? ` (it has: ${known.join(', ')}).` : ' (its operations have no names).'),
      { operationName },
    );
  }
}

/** The document with only the selected operation (and all fragments), when it has several. */
export function narrowToOperation(
  document: DocumentNode,
  operationName: string | undefined,
): DocumentNode | undefined {
  const isOperation = (d: DocumentNode['definitions'][number]): d is OperationDefinitionNode =>
    d.kind === Kind.OPERATION_DEFINITION;
  if (document.definitions.filter(isOperation).length < 2) return undefined;
  const definitions = document.definitions.filter((d) => !isOperation(d) || d.name?.value === operationName);
  return { ...document, definitions };
}

/**
 * mercurius runs `preParsing` for every request, cached documents included (unlike
 * `preValidation`), and before its GET check: the query is parsed here once more for GET only.
 * Text that does not parse is left to mercurius, which reports the syntax error.
 */
export function registerOperationGuard(app: FastifyInstance, maxTokens: number): void {
  app.graphql.addHook('preParsing', (_schema, source, context) => {
    if (context.reply?.request.method !== 'GET') return;
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens });
    } catch {
      return;
    }
    checkOperationSelection(document, operationNameOf(context));
  });
  app.graphql.addHook('preExecution', (_schema, document, context) => {
    const operationName = operationNameOf(context);
    checkOperationSelection(document, operationName);
    const narrowed = narrowToOperation(document, operationName);
    return narrowed ? { document: narrowed } : undefined;
  });
}
