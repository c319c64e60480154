/**
 * Synthesises a larger German corpus from the seed documents for the loader benchmark:
 * shuffled seed paragraphs plus new agencies, programmes and platforms introduced through
 * definitions ("Langname (ABK)", »…«), so every document adds entities the catalog does not know.
 *
 *   npx tsx scripts/bench/generate-corpus.ts --scale 10 --out bench/out/corpus-10x
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../src/config.ts';

const TOPICS = [
  'Geoinformation',
  'Bodenmanagement',
  'Verkehrsdaten',
  'Katastrophenschutz',
  'Denkmalpflege',
  'Wasserwirtschaft',
  'Lebensmittelsicherheit',
  'Arbeitsschutz',
  'Statistik',
  'Besoldung',
  'Forstplanung',
  'Naturschutz',
  'Schulverwaltung',
  'Hochschulplanung',
  'Gesundheitsdaten',
  'Bauaufsicht',
  'Vermessung',
  'Verbraucherschutz',
  'Energieeffizienz',
  'Archivwesen',
];
const REGIONS = [
  'Nordhessen',
  'Mittelhessen',
  'Südhessen',
  'Osthessen',
  'Rhein-Main',
  'Wetterau',
  'Vogelsberg',
  'Bergstraße',
];
const PROGRAMME_HEADS = ['Initiative', 'Programm', 'Offensive', 'Strategie', 'Förderprogramm'];
const PLATFORM_HEADS = ['Plattform', 'Portal', 'Cloud'];

/** Deterministic PRNG (mulberry32) so a scale always yields the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 → "A", 25 → "Z", 26 → "BA": unique upper-case letters for acronyms. */
function letters(n: number): string {
  let s = '';
  let x = n;
  do {
    s = String.fromCharCode(65 + (x % 26)) + s;
    x = Math.floor(x / 26);
  } while (x > 0);
  return s;
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function definitions(doc: number, rnd: () => number): string {
  const lines: string[] = [];
  for (let k = 0; k < 4; k++) {
    const n = doc * 4 + k;
    const topic = pick(TOPICS, rnd);
    const region = pick(REGIONS, rnd);
    const code = letters(n);
    const agency = `Hessisches Landesamt für ${topic} ${region} ${code}`;
    const programme = `${pick(PROGRAMME_HEADS, rnd)} ${topic} ${code}`;
    const platform = `${topic}-${pick(PLATFORM_HEADS, rnd)} ${code}`;
    lines.push(
      `${agency} (HL${code}) heißt die neue Behörde, die für die Digitalisierung der ${topic} in ${region} zuständig ist. ` +
        `Mit der sogenannten »${programme}« fördert das Land neue Verfahren. ` +
        `Die HL${code} betreibt die ${platform} gemeinsam mit der HZD. ` +
        `Der Zugang soll über die Hessen-App und das Verwaltungsportal möglich sein (S.${10 + (n % 140)}).`,
    );
  }
  return lines.join('\n\n');
}

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes `scale × (number of seeds)` documents into `outDir` (emptied first). */
export function generateCorpus(
  scale: number,
  outDir: string,
  seedsDir = path.join(PROJECT_ROOT, 'seeds', 'documents'),
): GeneratedCorpus {
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const rnd = prng(scale * 7919);
  const files: string[] = [];
  let bytes = 0;
  const total = Math.max(1, Math.round(scale * seeds.length));
  for (let doc = 0; doc < total; doc++) {
    const seed = seeds[doc % seeds.length] as string;
    const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
    const [head, ...body] = paragraphs;
    const text = [
      `Synthetisches Dokument ${doc + 1}`,
      head ?? '',
      definitions(doc, rnd),
      ...shuffle(body, rnd),
    ].join('\n\n');
    const file = path.join(outDir, `synthetic-${String(doc + 1).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir: outDir, files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = new Command()
    .description('Generate a synthetic German corpus at N× the seed size for the loader benchmark')
    .option('--scale <n>', 'multiple of the seed corpus', Number, 10)
    .option('--out <dir>', 'output folder', path.join(PROJECT_ROOT, 'bench', 'out', 'corpus'))
    .parse()
    .opts<{ scale: number; out: string }>();
  const corpus = generateCorpus(opts.scale, opts.out);
  console.log(
    `Wrote ${corpus.files.length} documents (${(corpus.bytes / 1024).toFixed(0)} KiB) to ${corpus.dir}`,
  );
}
