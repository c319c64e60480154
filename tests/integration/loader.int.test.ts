import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { countGraph, resetGraph } from '../../src/graph/writer.ts';
import { listDocuments } from '../../src/load/list-documents.ts';
import { loadDocuments } from '../../src/load/load-documents.ts';
import { type Annotator, createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig, testExecutor } from '../support/context.ts';
import { CATALOG_DIR, ensureSeeded, SEEDS_DIR } from '../support/seed.ts';

const executor = testExecutor();
const NEW_DOCUMENT = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'documents', 'landesamt-beispiel.txt');

beforeAll(async () => {
  await resetGraph(executor);
  await ensureSeeded(executor);
});
afterAll(async () => {
  await ensureSeeded(executor);
  await executor.driver.close();
});

describe('loading the seed documents', () => {
  it('links every minister of the cabinet table to a party, and every minister with a portfolio to a ministry', async () => {
    const rows = await executor.read<{ name: string; party: string | null; ministry: string | null }>(
      `MATCH (p:Person)-[:MEMBER_OF]->(party:Party)
       OPTIONAL MATCH (p)-[:HEADS]->(m:Ministry)
       RETURN p.name AS name, party.name AS party, m.name AS ministry ORDER BY name`,
    );
    const names = rows.map((r) => r.name);
    for (const minister of [
      'Kaweh Mansoori',
      'Roman Poseck',
      'Alexander Lorz',
      'Kristina Sinemus',
      'Diana Stolz',
      'Manfred Pentz',
    ]) {
      expect(names).toContain(minister);
    }
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const withMinistry = rows.filter((r) => r.ministry !== null);
    expect(withMinistry.length).toBeGreaterThanOrEqual(11);
    const lorz = await executor.read<{ titles: string[] }>(
      "MATCH (p:Person {name: 'Alexander Lorz'}) RETURN p.titles AS titles",
    );
    expect(lorz[0]?.titles).toEqual(expect.arrayContaining(['Prof.', 'Dr.']));
  });

  it('holds the platforms and programmes of both documents, each named once', async () => {
    const rows = await executor.read<{ name: string; type: string }>(
      "MATCH (e:Entity) WHERE e.type IN ['PLATFORM', 'PROGRAMME'] RETURN e.name AS name, e.type AS type",
    );
    const names = rows.map((r) => r.name.toLowerCase());
    for (const expected of [
      'hessen-app',
      'verfahrenscloud',
      'digitale modellbehörde',
      'technische digitalisierungsplattform',
    ]) {
      expect(names.some((n) => n.includes(expected))).toBe(true);
    }
  });

  it('merges entities named in both documents into one node with mentions from both', async () => {
    const rows = await executor.read<{ id: string }>(
      `MATCH (d:Document)<-[:IN_DOCUMENT]-(:Section)-[:MENTIONS]->(e:Entity)
       WITH e, count(DISTINCT d) AS docs WHERE docs = 2 RETURN e.id AS id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const dupes = await executor.read(
      'MATCH (e:Entity) WITH e.name AS name, count(*) AS n WHERE n > 1 RETURN name',
    );
    expect(dupes).toEqual([]);
  });

  it('gives EfA services a lead', async () => {
    const rows = await executor.read<{ service: string }>(
      'MATCH (lead:Entity)-[:LEADS|PROVIDES|RESPONSIBLE_FOR|DEVELOPS]->(s:Service) RETURN DISTINCT s.name AS service',
    );
    expect(rows.map((r) => r.service)).toEqual(expect.arrayContaining(['Führerscheinantrag']));
  });

  it('backs every relationship with evidence that names its document and section', async () => {
    const [row] = await executor.read<{ without: number; total: number }>(
      `MATCH (:Entity)-[r]->(:Entity)
       RETURN count(r) AS total,
              count(CASE WHEN NOT EXISTS { MATCH (ev:Evidence {relKey: r.key})-[:IN_SECTION]->(:Section)-[:IN_DOCUMENT]->(:Document) } THEN 1 END) AS without`,
    );
    expect(row?.total).toBeGreaterThan(30);
    expect(row?.without).toBe(0);
  });

  it('keeps the page cited by coalition pledges as citedPage; the text dump itself has no pages', async () => {
    const rows = await executor.read<{ citedPage: number; page: number | null }>(
      'MATCH (ev:Evidence) WHERE ev.relKey CONTAINS "|PLEDGED_IN|" AND ev.citedPage IS NOT NULL ' +
        'RETURN ev.citedPage AS citedPage, ev.page AS page',
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.map((r) => r.citedPage)).toEqual(expect.arrayContaining([57, 58]));
    expect(rows.every((r) => r.page === null)).toBe(true);
  });

  it('is a no-op when rerun', async () => {
    const before = await countGraph(executor);
    const summary = await loadDocuments(executor, await listDocuments([SEEDS_DIR]), {
      catalogPath: CATALOG_DIR,
    });
    expect(summary.documents.map((d) => d.status)).toEqual(['unchanged', 'unchanged']);
    expect(await countGraph(executor)).toEqual(before);
  });
});

describe('annotating documents ahead', () => {
  it('extracts the same batches with documents annotated ahead as with each in turn, asking once per text', async () => {
    const files = await listDocuments([SEEDS_DIR]);
    const extract = (annotator: Annotator, annotationsInFlight: number) =>
      loadDocuments(executor, files, {
        catalogPath: CATALOG_DIR,
        dryRun: true,
        annotator,
        annotationsInFlight,
      });
    const inTurn = await extract(createAnnotator(testConfig()), 0);
    const ahead = createAnnotator(testConfig(), { cache: false });
    const together = await extract(ahead, 2);
    // Once per reading: a document read again (it learnt from a later one) is asked for again.
    expect(ahead.stats.misses).toBe(files.length + together.rereads.length);
    expect(JSON.stringify(together.batches)).toBe(JSON.stringify(inTurn.batches));
  });
});

describe('loading a document the project has never seen', () => {
  it('adds its new agencies from definitions, links known entities, and matches no ordinary words as people', async () => {
    const people = await executor.read('MATCH (p:Person) RETURN p.id');
    const summary = await loadDocuments(executor, [NEW_DOCUMENT], { catalogPath: CATALOG_DIR });
    expect(summary.documents[0]?.status).toBe('created');
    const agency = await executor.read<{ name: string; aliases: string[] }>(
      "MATCH (a:Agency) WHERE 'HLGV' IN a.aliases OR a.name = 'HLGV' RETURN a.name AS name, a.aliases AS aliases",
    );
    expect(agency).toHaveLength(1);
    expect(agency[0]?.name).toMatch(/Landesamt für Geoinformation/);
    const known = await executor.read(
      `MATCH (:Document {id: 'landesamt-beispiel'})<-[:IN_DOCUMENT]-(:Section)-[:MENTIONS]->(e:Entity)
       WHERE e.name IN ['HZD', 'Hessen-App'] OR 'HZD' IN e.aliases RETURN DISTINCT e.id`,
    );
    expect(known.length).toBeGreaterThanOrEqual(1);
    const newPeopleMentions = await executor.read(
      `MATCH (:Document {id: 'landesamt-beispiel'})<-[:IN_DOCUMENT]-(:Section)-[:MENTIONS]->(p:Person) RETURN p.name`,
    );
    expect(newPeopleMentions).toEqual([]);
    expect(await executor.read('MATCH (p:Person) RETURN p.id')).toHaveLength(people.length);
  });
});

describe('the graph as gazetteer', () => {
  const personsNamed = (surname: string) =>
    executor.read<{ id: string }>('MATCH (p:Person) WHERE p.name ENDS WITH $surname RETURN p.id AS id', {
      surname,
    });
  const mentionedIn = (doc: string) =>
    executor.read<{ id: string }>(
      `MATCH (:Document {id: $doc})<-[:IN_DOCUMENT]-(:Section)-[:MENTIONS]->(p:Person) RETURN DISTINCT p.id AS id`,
      { doc },
    );

  it('links a person a later document names by role and surname to the one an earlier load wrote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
    const first = path.join(dir, 'erste-meldung.txt');
    const later = path.join(dir, 'spaetere-meldung.txt');
    writeFileSync(
      first,
      'Pressemitteilung\n\nStaatssekretärin Lena Morgenroth eröffnete am Montag in Kassel das neue Bürgerbüro.\n',
    );
    writeFileSync(
      later,
      'Kurzmeldung\n\nAm Freitag besuchte Staatssekretärin Morgenroth das Rechenzentrum in Hünfeld.\n',
    );
    const annotator = createAnnotator(testConfig());
    await loadDocuments(executor, [first], { catalogPath: CATALOG_DIR, annotator });
    const [person] = await personsNamed('Morgenroth');
    expect(person?.id).toBeDefined();

    const summary = await loadDocuments(executor, [later], { catalogPath: CATALOG_DIR, annotator });
    expect(summary.documents[0]?.status).toBe('created');
    expect(await mentionedIn('spaetere-meldung')).toEqual([{ id: person?.id }]);
    expect(await personsNamed('Morgenroth')).toHaveLength(1);

    // Written with what the graph knew then: a rerun does not read it again with what it knows now.
    const rerun = await loadDocuments(executor, [first, later], { catalogPath: CATALOG_DIR, annotator });
    expect(rerun.documents.map((d) => d.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('a load that cannot succeed', () => {
  it('names the catalog file and line and leaves the graph as it was', async () => {
    const before = await countGraph(executor);
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'entities:\n  - id: x\n    type: NOT_A_TYPE\n    name: X\n');
    const error = await loadDocuments(executor, await listDocuments([SEEDS_DIR]), {
      catalogPath: dir,
      force: true,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CATALOG_INVALID' });
    expect(String((error as Error).message)).toMatch(/bad\.yaml.*(line|:)\s*\d+/);
    expect(await countGraph(executor)).toEqual(before);
  });

  it('names a missing document and writes nothing', async () => {
    const before = await countGraph(executor);
    await expect(listDocuments([SEEDS_DIR, '/nonexistent/file.txt'])).rejects.toMatchObject({
      code: 'DOCUMENT_UNREADABLE',
    });
    expect(await countGraph(executor)).toEqual(before);
  });

  it('refuses a binary file with a clear error before writing anything', async () => {
    const before = await countGraph(executor);
    const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
    const binary = path.join(dir, 'kaputt.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x00]));
    await expect(
      loadDocuments(executor, [...(await listDocuments([SEEDS_DIR])), binary], {
        catalogPath: CATALOG_DIR,
        force: true,
      }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_UNREADABLE', message: expect.stringContaining('kaputt.txt') });
    expect(await countGraph(executor)).toEqual(before);
  });
});

describe('the load CLI', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('npx', ['tsx', 'src/cli/load.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      // The loader asks the test run's NLP service.
      env: { ...process.env, NLP_URL: inject('nlp').url, ...env },
    });

  it('explains itself with --help', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--dry-run/);
    expect(result.stdout).toMatch(/--reset/);
  });

  it('prints what a dry run would write and writes nothing', async () => {
    const before = await countGraph(executor);
    const result = cli(['--dry-run', NEW_DOCUMENT]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/HLGV|Geoinformation/);
    expect(result.stdout).toMatch(/dry run/);
    expect(await countGraph(executor)).toEqual(before);
  });
});
