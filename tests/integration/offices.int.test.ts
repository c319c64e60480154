/**
 * Offices read with the real NLP service, each from sentences written for this test: who holds
 * which office, and of which body, however the text places the role, the name and the body.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { type Catalog, ingestText, loadCatalog } from '../../src/ingest/index.ts';
import { createAnnotator } from '../../src/nlp/annotator.ts';
import { testConfig } from '../support/context.ts';

let catalog: Catalog;

beforeAll(async () => {
  catalog = await loadCatalog(path.join(PROJECT_ROOT, 'seeds', 'catalog'));
});

/** Relations as „from TYPE [role] to“, and entity names by type, of a text read by the whole pipeline. */
async function read(text: string, id: string): Promise<{ relations: string[]; entities: string[] }> {
  const batch = await ingestText(text, { id, file: `${id}.txt`, sha256: id }, catalog, {
    annotator: createAnnotator(testConfig()),
  });
  const name = (entityId: string) => batch.entities.find((e) => e.id === entityId)?.name ?? entityId;
  const mentioned = new Set(batch.mentions.map((m) => m.entityId));
  return {
    relations: batch.relations
      .filter((r) => r.type !== 'CO_OCCURS_WITH')
      .map((r) => `${name(r.from)} ${r.type}${r.role ? ` [${r.role}]` : ''} ${name(r.to)}`),
    entities: batch.entities.filter((e) => mentioned.has(e.id)).map((e) => `${e.type} ${e.name}`),
  };
}

describe('offices', () => {
  it('reads a minister’s portfolio as the ministry of that name, also when the name comes first', async () => {
    const { relations, entities } = await read(
      'Dr. Jana Kornmeier, Ministerin für Digitale Strategie und Entwicklung, eröffnete die Messe in Kassel.',
      'office-portfolio',
    );
    expect(relations).toContain(
      'Jana Kornmeier HEADS [Ministerin] Hessisches Ministerium für Digitalisierung und Innovation',
    );
    // A portfolio in a role title is no programme of its own.
    expect(entities.filter((e) => e.startsWith('PROGRAMME'))).toEqual([]);
  });

  it('takes the body the text is about for a role without one in a copula clause', async () => {
    const { relations } = await read(
      'Das Landesamt für Wasserwirtschaft Nordhessen prüft die Brunnen. Das Landesamt für Wasserwirtschaft Nordhessen hat 80 Beschäftigte. Direktor war im Gründungsjahr Martin Quellbach.',
      'office-topic',
    );
    expect(relations).toContain(
      'Martin Quellbach HOLDS_OFFICE [Direktor] Landesamt für Wasserwirtschaft Nordhessen',
    );
  });

  it('does not read a date after the role as its body', async () => {
    const { relations } = await read(
      'Das Polizeipräsidium Osthessen modernisiert seine Leitstelle. Präsidentin ist seit Mai 2021 Anna von der Weide.',
      'office-date',
    );
    expect(relations).toContain('Anna von der Weide HOLDS_OFFICE [Präsidentin] Polizeipräsidium Osthessen');
  });

  it('reads a place in the genitive before the role as the body', async () => {
    const { relations } = await read(
      'Die Stadt Alsfeld eröffnet ein Bürgerbüro. Alsfelds Bürgermeister Jonas Weidenbach sprach zur Eröffnung.',
      'office-genitive',
    );
    expect(relations).toContain('Jonas Weidenbach HOLDS_OFFICE [Bürgermeister] Alsfeld');
  });
});
