import { describe, expect, it } from 'vitest';
import { assignPages, findPageCitations } from '../../../src/ingest/pages.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';

describe('page citations', () => {
  it('reads every variant the coalition analysis uses', () => {
    const text = 'A (S.116). B (§.58). C (s.120). D (S. 58). E (S.37-38). F (Seite 7).';
    expect(findPageCitations(text).map((c) => c.page)).toEqual([116, 58, 120, 58, 37, 7]);
    expect(findPageCitations(text)[4]?.pageTo).toBe(38);
  });

  it('gives each sentence its own citation, or the next one of its paragraph', () => {
    const text =
      'Die Koalition möchte ein Gremium einrichten (§.116). Eine Digitaloffensive soll begründet werden. Mit „GovLabHessen“ möchte man fördern (§.58). Ohne Seite.\n\nNeuer Absatz ohne Zitat.';
    const sentences = splitSentences(text);
    assignPages(sentences, findPageCitations(text));
    expect(sentences.map((s) => s.page)).toEqual([116, 58, 58, null, null]);
  });
});
