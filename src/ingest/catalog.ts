/**
 * The curated gazetteer: YAML files (`entities: [...]`) validated by zod. Every error names the
 * file and line, so a non-programmer can fix the entry.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { ENTITY_TYPES, type EntityType } from '../graph/model.ts';
import { foldKey } from './fold.ts';
import { initialsFitTail } from './initials.ts';

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a kebab-case slug: a-z, 0-9 and hyphens'),
    type: z.enum(ENTITY_TYPES),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: z.string().nullable().default(null),
    /** Adjectives that stand for the entity, e.g. "hessisch" for Land Hessen ("hessische EfA-Leistungen"). */
    adjectives: z.array(z.string().trim().min(2)).default([]),
  })
  .strict();

const fileSchema = z.object({ entities: z.array(entrySchema) }).strict();

export interface CatalogEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  adjectives: string[];
  /** Where the entry is defined, for error messages. */
  file: string;
  line: number;
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  readonly byId: ReadonlyMap<string, CatalogEntry>;
  readonly files: readonly string[];
}

function invalid(file: string, line: number, column: number, message: string): AppError {
  return new AppError('CATALOG_INVALID', `${file}:${line}:${column}: line ${line}: ${message}`, {
    details: { file, line, column },
  });
}

/** Parses and validates one catalog file's text. */
export function parseCatalogText(text: string, file: string): CatalogEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = syntax.linePos?.[0] ?? { line: 1, col: 1 };
    throw invalid(file, pos.line, pos.col, `YAML syntax: ${syntax.message.split('\n')[0]}`);
  }
  const result = fileSchema.safeParse(doc.toJS() ?? {});
  const position = (keys: readonly PropertyKey[]) => {
    for (let n = keys.length; n >= 0; n--) {
      const node = doc.getIn(keys.slice(0, n) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]);
      if (n === 0) break;
    }
    return { line: 1, col: 1 };
  };
  if (!result.success) {
    const issue = result.error.issues[0];
    const keys = issue?.path ?? [];
    const pos = position(keys);
    throw invalid(file, pos.line, pos.col, `${keys.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const items = doc.get('entities', true);
  return result.data.entities.map((e, i) => {
    const node = isSeq(items) ? items.items[i] : undefined;
    const range = isMap(node) ? node.range : undefined;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1 };
    return { ...e, file, line: pos.line };
  });
}

/** A trailing acronym is the name's own when it fits the initials of the name's tail, a hyphenated word's last part included („Fraunhofer-Institut für Graphische Datenverarbeitung“: IGD). */
function ownAcronym(acronym: string, rest: string): boolean {
  return initialsFitTail(acronym, rest.replace(/-/g, ' '));
}

/**
 * „Fraunhofer-Institut für Sichere Informationstechnologie SIT“ is also written without the acronym
 * its name ends in: those spellings are aliases of their own.
 */
function withoutOwnAcronym(e: { name: string; aliases: readonly string[] }): string[] {
  const labels = [e.name, ...e.aliases];
  const known = new Set(labels.map(foldKey));
  const out: string[] = [];
  for (const label of labels) {
    const m = /^(\S+(?:\s+\S+)+)\s+(\p{Lu}[\p{Lu}\d]{1,6})$/u.exec(label);
    const [rest, acronym] = [m?.[1], m?.[2]];
    if (!rest || !acronym || !ownAcronym(acronym, rest) || known.has(foldKey(rest))) continue;
    known.add(foldKey(rest));
    out.push(rest);
  }
  return out;
}

/** Cross-entry checks: unique ids, no label (name or alias) claimed by two entities. */
export function buildCatalog(entries: readonly CatalogEntry[], files: readonly string[]): Catalog {
  const byId = new Map<string, CatalogEntry>();
  const labels = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other)
      throw invalid(
        entry.file,
        entry.line,
        1,
        `duplicate id '${entry.id}' (also ${other.file}:${other.line})`,
      );
    byId.set(entry.id, entry);
    for (const label of [entry.name, ...entry.aliases]) {
      const key = foldKey(label);
      const owner = labels.get(key);
      if (owner && owner.id !== entry.id) {
        throw invalid(
          entry.file,
          entry.line,
          1,
          `'${label}' of '${entry.id}' is already a name of '${owner.id}' (${owner.file}:${owner.line})`,
        );
      }
      labels.set(key, entry);
    }
  }
  // Spellings without the name's own acronym, where no entry claims them.
  const completed = entries.map((entry) => {
    const extra = withoutOwnAcronym(entry).filter((label) => !labels.has(foldKey(label)));
    if (extra.length === 0) return entry;
    const more = { ...entry, aliases: [...entry.aliases, ...extra] };
    byId.set(entry.id, more);
    for (const label of extra) labels.set(foldKey(label), more);
    return more;
  });
  return Object.freeze({ entries: Object.freeze(completed), byId, files: Object.freeze([...files]) });
}

/** Loads a catalog YAML file, or every `*.yaml`/`*.yml` of a folder (sorted). */
export async function loadCatalog(catalogPath: string): Promise<Catalog> {
  let files: string[];
  try {
    const info = await stat(catalogPath);
    files = info.isDirectory()
      ? (await readdir(catalogPath))
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => path.join(catalogPath, f))
      : [catalogPath];
  } catch (error) {
    throw new AppError('CATALOG_INVALID', `${catalogPath}: catalog not found.`, {
      details: { file: catalogPath },
      cause: error,
    });
  }
  const entries: CatalogEntry[] = [];
  for (const file of files) entries.push(...parseCatalogText(await readFile(file, 'utf8'), file));
  return buildCatalog(entries, files);
}
