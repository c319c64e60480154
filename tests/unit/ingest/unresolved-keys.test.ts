import { describe, expect, it } from 'vitest';
import { ingest } from './helpers.ts';

describe('the keys a document leaves open', () => {
  it('are the name-like words no mention covers: a surname after a role word, an acronym, a compound', async () => {
    const batch = await ingest(
      'Kurzmeldung\n\nStaatssekretärin Morgenroths Besuch bei der HZD in Hünfeld: die LADB stellte die Lern-App vor.\n',
    );
    const open = batch.document.unresolved ?? [];
    expect(open).toEqual(expect.arrayContaining(['morgenroths', 'morgenroth', 'ladb', 'lernapp', 'besuch']));
    // Tied to the catalog: not open.
    expect(open).not.toContain('hzd');
    // Function words at a sentence start name nothing.
    expect(open).not.toContain('die');
    expect(open).toEqual([...open].sort());
  });
});
