/** The SDL, read from schema/graphql/*.graphql (the contract lives in files, not in code). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.ts';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema', 'graphql');

export function loadSchemaText(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}
