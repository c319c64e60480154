/**
 * Lemmas and morphology from the real German NLP service (LanguageTool's full-form dictionary in
 * NlpServer.java), and how they reach the dependency view the extraction rules read. The sentences
 * are written for this test; the expected features are what the dictionary gives, readings of the
 * token's part of speech united (so „den“ is Acc Sing Masc or Dat Plur).
 */
import { describe, expect, inject, it } from 'vitest';
import { parseSentences } from '../../src/ingest/parse.ts';
import { type Annotation, MORPHOLOGY, type NlpToken } from '../../src/nlp/annotation.ts';
import { NlpClient } from '../../src/nlp/client.ts';
import { ServiceHealthSchema } from '../../src/nlp/schema.ts';

const { url } = inject('nlp');
const client = new NlpClient({ url, concurrency: 2, timeoutMs: 120_000 });

const annotate = (text: string) => client.annotate(text);

/** The first token spelled `word`, as pos / lemma / feats. */
function token(annotation: Annotation, word: string): Pick<NlpToken, 'pos' | 'lemma' | 'feats'> {
  const t = annotation.sentences.flatMap((s) => s.tokens).find((x) => x.word === word);
  if (!t) throw new Error(`no token „${word}“`);
  return { pos: t.pos, lemma: t.lemma, feats: t.feats };
}

const ALL_CASES = ['Nom', 'Gen', 'Dat', 'Acc'];

describe('lemmas and morphology', () => {
  it('names the dictionary in /health', async () => {
    const health = ServiceHealthSchema.parse(await (await fetch(`${url}/health`)).json());
    expect(health.morphology).toBe(MORPHOLOGY);
  });

  it('reads a plural noun back to its singular, and leaves an infinitive-like verb form without number', async () => {
    const a = await annotate('Die Ministerien betreiben die Plattform.');
    expect(token(a, 'Ministerien')).toEqual({
      pos: 'NOUN',
      lemma: 'Ministerium',
      feats: { case: ALL_CASES, number: ['Plur'], gender: ['Neut'] },
    });
    // „betreiben“ is also the infinitive, which has no number: the field is left out.
    expect(token(a, 'betreiben')).toMatchObject({ lemma: 'betreiben', feats: {} });
    expect(token(a, 'Plattform').feats).toEqual({ case: ALL_CASES, number: ['Sing'], gender: ['Fem'] });
  });

  it('gives every case a form allows: „den“ Acc Sing or Dat Plur, „Vorsitz“ anything but Gen', async () => {
    const a = await annotate('Den Vorsitz führte die Staatssekretärin.');
    // Sentence-initial „Den“ is looked up as „den“.
    expect(token(a, 'Den')).toEqual({
      pos: 'DET',
      lemma: 'der',
      feats: { case: ['Dat', 'Acc'], number: ['Sing', 'Plur'], gender: ['Masc', 'Fem', 'Neut'] },
    });
    expect(token(a, 'Vorsitz')).toEqual({
      pos: 'NOUN',
      lemma: 'Vorsitz',
      feats: { case: ['Nom', 'Dat', 'Acc'], number: ['Sing'], gender: ['Masc'] },
    });
    expect(token(a, 'führte')).toMatchObject({ lemma: 'führen', feats: { number: ['Sing'] } });
    // Not in the dictionary: read by its last part „Sekretärin“.
    expect(token(a, 'Staatssekretärin')).toEqual({
      pos: 'NOUN',
      lemma: 'Staatssekretärin',
      feats: { case: ALL_CASES, number: ['Sing'], gender: ['Fem'] },
    });
  });

  it('lemmatises past tense and participles to the infinitive', async () => {
    const a = await annotate('Die Stadt wurde 1200 gegründet und folgte dem Land.');
    expect(token(a, 'gegründet')).toEqual({ pos: 'VERB', lemma: 'gründen', feats: {} });
    expect(token(a, 'folgte')).toEqual({ pos: 'VERB', lemma: 'folgen', feats: { number: ['Sing'] } });
    expect(token(a, 'wurde')).toMatchObject({ pos: 'AUX', lemma: 'werden' });
    expect(token(a, '1200')).toEqual({ pos: 'NUM', lemma: '1200', feats: {} });
  });

  it('reads compounds the dictionary lacks by their longest known last part', async () => {
    const a = await annotate(
      'Außerdem arbeiten die Digitalministerien mit dem Landesamt und der Landesregierung.',
    );
    expect(token(a, 'Außerdem')).toMatchObject({ lemma: 'außerdem', feats: {} });
    // The tagger calls it PROPN here; the compound reading serves nouns and proper nouns alike.
    expect(token(a, 'Digitalministerien')).toMatchObject({
      lemma: 'Digitalministerium',
      feats: { case: ALL_CASES, number: ['Plur'], gender: ['Neut'] },
    });
    // „Landes|amt“ (a linking s), not „Lande|samt“: neuter like „Amt“.
    expect(token(a, 'Landesamt')).toMatchObject({ lemma: 'Landesamt', feats: { gender: ['Neut'] } });
    expect(token(a, 'Landesregierung')).toMatchObject({
      lemma: 'Landesregierung',
      feats: { number: ['Sing'], gender: ['Fem'] },
    });
    expect(token(a, 'mit')).toMatchObject({ pos: 'ADP', lemma: 'mit', feats: { case: ['Dat'] } });
  });

  it('keeps a name the dictionary lacks as it is, and the person of a possessive', async () => {
    const a = await annotate('Ihre Rede hielt Oliver Stirböck im Landtag.');
    expect(token(a, 'Stirböck')).toEqual({ pos: 'PROPN', lemma: 'Stirböck', feats: {} });
    expect(token(a, 'Ihre').lemma).toBe('ihr');
    // „im“ is split into „in“ „dem“; each part is looked up as a word.
    expect(token(a, 'in')).toMatchObject({ lemma: 'in', feats: { case: ['Dat', 'Acc'] } });
    expect(token(a, 'dem')).toEqual({
      pos: 'DET',
      lemma: 'der',
      feats: { case: ['Dat'], number: ['Sing'], gender: ['Masc', 'Neut'] },
    });
  });

  it('carries lemma, folded lemma and features into the dependency view', async () => {
    const text = 'Die Staatssekretärinnen leiten die Ministerien.';
    const a = await annotate(text);
    const [sentence] = parseSentences(a, [{ start: 0, end: text.length }]);
    const t = sentence?.tokens.find((x) => x.word === 'Staatssekretärinnen');
    expect(t).toMatchObject({
      key: 'staatssekretaerinnen',
      lemma: 'Staatssekretärin',
      lemmaKey: 'staatssekretaerin',
      feats: { number: ['Plur'], gender: ['Fem'] },
    });
    expect(sentence?.tokens.find((x) => x.word === 'Ministerien')?.lemmaKey).toBe('ministerium');
  });

  it('names every lemma an ambiguous form may have, and the verb of a participle read as an adjective', async () => {
    const text = 'Geleitet wird das Amt von Eva Roth. Das beim Ministerium angesiedelte Amt gehört zum Land.';
    const a = await annotate(text);
    const [first, second] = parseSentences(a, [
      { start: 0, end: 35 },
      { start: 36, end: text.length },
    ]);
    expect(first?.tokens.find((x) => x.word === 'Geleitet')?.lemmaKeys).toEqual(
      expect.arrayContaining(['geleiten', 'leiten']),
    );
    expect(second?.tokens.find((x) => x.word === 'angesiedelte')?.lemmaKeys).toContain('ansiedeln');
    expect(second?.tokens.find((x) => x.word === 'Amt')?.lemmaKeys).toEqual(['amt']);
  });
});
