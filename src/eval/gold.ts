/**
 * The gold annotation format of an evaluation corpus (`gold.yaml` next to the documents; described in
 * tests/fixtures/corpus/dev/README.md), validated by zod so a typo in an annotation is reported with
 * its document and path instead of silently scoring as a miss.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../errors.ts';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** ISO day (`2023-03-01`); YAML may hand over a Date when a file uses the 1.1 timestamp schema. */
const isoDay = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'), z.date()])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const precision = z.enum(DATE_PRECISIONS);

const entitySchema = z
  .object({
    name: z.string().trim().min(1),
    type: z.string().regex(/^[A-Z_]+$/, 'an entity type is written in capitals, e.g. PERSON'),
    aliases: z.array(z.string().trim().min(1)).default([]),
    new: z.boolean().default(false),
    titles: z.array(z.string()).default([]),
    note: z.string().optional(),
  })
  .strict();

const relationSchema = z
  .object({
    from: z.string().trim().min(1),
    type: z.string().regex(/^[A-Z_]+$/, 'a relation type is written in capitals, e.g. HOLDS_OFFICE'),
    to: z.string().trim().min(1),
    role: z.string().optional(),
    validFrom: isoDay.optional(),
    validTo: isoDay.optional(),
    precision: precision.optional(),
    validFromPrecision: precision.optional(),
    validToPrecision: precision.optional(),
    quote: z.string().min(1),
    dateQuote: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

const documentSchema = z
  .object({
    date: isoDay.optional(),
    precision: precision.optional(),
    entities: z.array(entitySchema).default([]),
    relations: z.array(relationSchema).default([]),
    traps: z.array(z.object({ person: z.string().min(1), phrase: z.string().min(1) }).strict()).default([]),
    /** Entity name → printed page numbers of the body text where it is mentioned. */
    pages: z.record(z.string(), z.array(z.number().int().positive())).optional(),
    /** Printed page number minus physical page number; inferred from the pages table when absent. */
    pageOffset: z.number().int().nonnegative().optional(),
  })
  .strict();

const goldSchema = z.object({ documents: z.record(z.string(), documentSchema) }).strict();

export type GoldEntity = z.infer<typeof entitySchema>;
export type GoldRelation = z.infer<typeof relationSchema>;
export type GoldDocument = z.infer<typeof documentSchema>;
export type Gold = z.infer<typeof goldSchema>;

const invalid = (message: string) => new AppError('GOLD_INVALID', message);

/**
 * Parses gold.yaml text and checks what the schema cannot: relation ends and page entries name an
 * entity of the same document.
 */
export function parseGold(text: string, file = 'gold.yaml'): Gold {
  const result = goldSchema.safeParse(parse(text) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  for (const [doc, gold] of Object.entries(result.data.documents)) {
    const names = new Set(gold.entities.map((e) => e.name));
    for (const r of gold.relations)
      for (const end of [r.from, r.to])
        if (!names.has(end))
          throw invalid(`${file}: ${doc}: relation ${r.from} ${r.type} ${r.to}: "${end}" is no entity`);
    for (const name of Object.keys(gold.pages ?? {}))
      if (!names.has(name)) throw invalid(`${file}: ${doc}: pages: "${name}" is no entity`);
  }
  return result.data;
}

/** A corpus folder: its gold and the path of every annotated document. */
export interface Corpus {
  folder: string;
  gold: Gold;
  files: { name: string; path: string; raw: string; gold: GoldDocument }[];
}

/** Quotes, date quotes and trap phrases of the gold that are not verbatim in the document. */
export function unquotedGold(gold: GoldDocument, raw: string): string[] {
  const spans = [
    ...gold.relations.flatMap((r) => [r.quote, ...(r.dateQuote ? [r.dateQuote] : [])]),
    ...gold.traps.map((t) => t.phrase),
  ];
  return spans.filter((q) => !raw.includes(q));
}

export async function loadCorpus(folder: string): Promise<Corpus> {
  const goldFile = path.join(folder, 'gold.yaml');
  const text = await readFile(goldFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw invalid(`${folder}: no gold.yaml in it.`);
    throw error;
  });
  const gold = parseGold(text, goldFile);
  const files: Corpus['files'] = [];
  for (const [name, doc] of Object.entries(gold.documents)) {
    const file = path.join(folder, name);
    const raw = await readFile(file, 'utf8').catch(() => {
      throw invalid(`${goldFile}: ${name}: no such document next to gold.yaml.`);
    });
    const unquoted = unquotedGold(doc, raw)[0];
    if (unquoted !== undefined)
      throw invalid(`${goldFile}: ${name}: quote not in the document: „${unquoted}“`);
    files.push({ name, path: file, raw, gold: doc });
  }
  return { folder, gold, files };
}

/** Start/end precision of a gold relation's validity (`precision` covers both unless one is given). */
export function relationPrecisions(r: GoldRelation): { from: DatePrecision; to: DatePrecision } {
  return {
    from: r.validFromPrecision ?? r.precision ?? 'day',
    to: r.validToPrecision ?? r.precision ?? 'day',
  };
}
