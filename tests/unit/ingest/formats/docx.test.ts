import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../../src/ingest/formats/docx.ts';
import { makeDocx } from '../../../support/documents.ts';

describe('Word files', () => {
  it('gives the text with its headings as sections', async () => {
    const docx = await makeDocx([
      { heading: 'Antwort der Landesregierung' },
      'Die Hessische Zentrale für Datenverarbeitung betreibt die Plattform.',
      { heading: 'Zu Frage 1', level: 2 },
      'Die Plattform startet im Frühjahr 2025 in Gießen und Fulda.',
    ]);
    const r = await extractDocx(docx);
    expect(r.text).toBe(
      'Antwort der Landesregierung\n\nDie Hessische Zentrale für Datenverarbeitung betreibt die Plattform.\n\n' +
        'Zu Frage 1\n\nDie Plattform startet im Frühjahr 2025 in Gießen und Fulda.',
    );
    expect(r.headings.map((h) => [r.text.slice(h.start, h.end), h.level])).toEqual([
      ['Antwort der Landesregierung', 1],
      ['Zu Frage 1', 2],
    ]);
    expect(r.meta.title).toBe('Antwort der Landesregierung');
    expect(r.pages).toEqual([]);
  });
});
