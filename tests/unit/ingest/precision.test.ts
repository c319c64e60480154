import { describe, expect, it } from 'vitest';
import { ingest } from './helpers.ts';

/** A cabinet table makes the people known; the sentences after it use their surnames as ordinary words. */
const CABINET = `Kabinett Muster

Das Kabinett Rhein II besteht aus den folgenden Ministern.

Ministerpräsident\tBoris Rhein (CDU)
Minister für Kultus, Bildung und Chancen\tArmin Schwarz (CDU)
Minister für Landwirtschaft und Umwelt, Weinbau, Forsten, Jagd und Heimat\tIngmar Jung (CDU)
Ministerin für Familie, Senioren, Sport, Gesundheit und Pflege\tDiana Stolz (CDU)
`;

async function peopleIn(sentence: string): Promise<string[]> {
  const batch = await ingest(`${CABINET}\n${sentence}\n`);
  const start = batch.document.text.indexOf(sentence.slice(0, 20));
  return batch.mentions
    .filter((m) => m.entityId && (m.surfaceStart ?? m.start) >= start)
    .map((m) => m.entityId)
    .filter((id) => ['boris-rhein', 'armin-schwarz', 'ingmar-jung', 'diana-stolz'].includes(id));
}

describe('surnames that are ordinary German words', () => {
  it('"schwarz-grüne Koalition" is not Armin Schwarz', async () => {
    expect(
      await peopleIn(
        'Die Koalition löst die vormals schwarz-grüne Landesregierung ab. Schwarz-Grün ist Geschichte.',
      ),
    ).toEqual([]);
  });

  it('"stolz darauf" is not Diana Stolz', async () => {
    expect(await peopleIn('Ich bin stolz darauf, was alle erreicht haben. Stolz ist auch das Team.')).toEqual(
      [],
    );
  });

  it('"Rhein-Neckar" and "Wiesbaden am Rhein" are not Boris Rhein', async () => {
    expect(
      await peopleIn(
        'Die Metropolregion Rhein-Neckar fördert das Projekt. Die Vorstellung war in Wiesbaden am Rhein.',
      ),
    ).toEqual([]);
  });

  it('"junge Menschen" is not Ingmar Jung', async () => {
    expect(
      await peopleIn(
        'Junge Menschen nutzen Karten mobil. Gerade junge Menschen und Jung und Alt profitieren.',
      ),
    ).toEqual([]);
  });

  it('still finds people by full name, and by surname after a role word', async () => {
    expect(
      await peopleIn(
        'Ministerin Stolz und Ministerpräsident Rhein stellten den Plan vor. Boris Rhein betonte die Ziele.',
      ),
    ).toEqual(['diana-stolz', 'boris-rhein', 'boris-rhein']);
  });

  it('does not make people of ordinary words in a document without a cabinet table', async () => {
    const batch = await ingest(
      'Wir sind stolz darauf. Junge Menschen in Wiesbaden am Rhein. Schwarz auf weiß.',
    );
    expect(batch.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});
