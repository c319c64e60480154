import { describe, expect, it } from 'vitest';
import { MORPHOLOGY, PIPELINE_VERSION } from '../../../src/nlp/annotation.ts';
import { AnnotationSchema, ServiceResponseSchema } from '../../../src/nlp/schema.ts';

const token = (extra: Record<string, unknown>) => ({
  word: 'den',
  start: 0,
  end: 3,
  pos: 'DET',
  ner: 'O',
  head: 1,
  dep: 'det',
  ...extra,
});
const answer = (t: Record<string, unknown>) => ({
  sentences: [{ start: 0, end: 3, tokens: [t], entities: [] }],
});

describe('the annotation schema', () => {
  it('takes a token with lemma and features, absent features included', () => {
    const feats = { case: ['Dat', 'Acc'], number: ['Sing', 'Plur'], gender: ['Masc', 'Fem', 'Neut'] };
    const parsed = ServiceResponseSchema.parse(answer(token({ lemma: 'der', feats })));
    expect(parsed.sentences[0]?.tokens[0]).toMatchObject({ lemma: 'der', feats });
    expect(ServiceResponseSchema.safeParse(answer(token({ lemma: '.', feats: {} }))).success).toBe(true);
  });

  it('refuses a token of the older shape (no lemma, no features) and unknown feature values', () => {
    expect(ServiceResponseSchema.safeParse(answer(token({}))).success).toBe(false);
    expect(ServiceResponseSchema.safeParse(answer(token({ lemma: 'der' }))).success).toBe(false);
    const akk = token({ lemma: 'der', feats: { case: ['AKK'] } });
    expect(ServiceResponseSchema.safeParse(answer(akk)).success).toBe(false);
    const cached = { version: PIPELINE_VERSION, ...answer(token({})) };
    expect(AnnotationSchema.safeParse(cached).success).toBe(false);
  });

  it('names the dictionary in the pipeline version, so annotations cached before it are not read', () => {
    expect(MORPHOLOGY).toBe('german-pos-dict-1.2.2-s2');
    expect(PIPELINE_VERSION).toBe(
      'corenlp-4.5.10_tokenize-ssplit-mwt-pos-ner-depparse_german-pos-dict-1.2.2-s2_v3',
    );
  });
});
