import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../src/graph/model.ts';
import { ingestText } from '../../../src/ingest/index.ts';
import { seedCatalog } from './helpers.ts';

const platform = (id: string, name: string, aliases: string[] = []): EntityRecord => ({
  id,
  type: 'PLATFORM',
  name,
  aliases,
  description: null,
  origin: 'definition',
});

const TEXT =
  'Das Land betreibt die Datendrehscheibe Nordwest. Daneben läuft das Kartenportal Lahntal für die Kommunen.';

/** Ids of the entities this text is linked to when the load already knows `known`. */
async function linked(known: readonly EntityRecord[]): Promise<string[]> {
  const batch = await ingestText(
    TEXT,
    { id: 'gazetteer-test', file: 'gazetteer-test.txt', sha256: '0' },
    await seedCatalog(),
    {
      known,
    },
  );
  return [...new Set(batch.mentions.map((m) => m.entityId))].filter((id) => id.startsWith('known-')).sort();
}

describe('the graph as gazetteer over a growing load', () => {
  const first = platform('known-drehscheibe', 'Datendrehscheibe Nordwest');
  const second = platform('known-kartenportal', 'Kartenportal Lahntal');
  const rival = platform('known-rival', 'Kartenportal Lahntal');

  it('finds what the documents before this one brought, as the list grows document by document', async () => {
    const earlier = [first];
    expect(await linked(earlier)).toEqual(['known-drehscheibe']);
    const later = [...earlier, second];
    expect(await linked(later)).toEqual(['known-drehscheibe', 'known-kartenportal']);
    // The shorter list again: an entity added after it is not known to it.
    expect(await linked(earlier)).toEqual(['known-drehscheibe']);
  });

  it('keeps the first entity that claims a name, whether the list grew or came whole', async () => {
    const grown = [first, second];
    await linked([first]);
    expect(await linked(grown)).toEqual(['known-drehscheibe', 'known-kartenportal']);
    expect(await linked([...grown, rival])).toEqual(['known-drehscheibe', 'known-kartenportal']);
    expect(await linked([first, rival, second])).toEqual(['known-drehscheibe', 'known-rival']);
  });
});
