import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from '../../../src/api/read/lucene.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('+-&&||!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\&\\|\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
  });

  it('turns the operators AND, OR, NOT into plain words', () => {
    expect(['AND', 'OR', 'NOT', 'And'].map(escapeLucene)).toEqual(['and', 'or', 'not', 'And']);
  });
});

describe('buildSearchQuery', () => {
  it('folds the text and combines exact, prefix and fuzzy terms', () => {
    expect(buildSearchQuery('Führerschein')).toMatchObject({
      lucene: '(fuehrerschein^3 OR fuehrerschein*^1.5 OR fuhrerschein*^1.5 OR fuehrerschein~1)',
      key: 'fuehrerschein',
      acronym: null,
    });
    expect(buildSearchQuery('HZD')?.lucene).toBe('(hzd^3 OR hzd*^1.5)');
  });

  it('adds the phrase and the glued form for several words and skips function words', () => {
    const query = buildSearchQuery('des Hessen-App');
    expect(query?.key).toBe('deshessenapp');
    expect(query?.lucene).not.toMatch(/\(des/);
    expect(query?.lucene).toContain('"des hessen app"^4');
    expect(query?.lucene).toContain('deshessenapp^4');
  });

  it('needs every word for descriptions and roles', () => {
    expect(buildSearchQuery('Hessen-App')?.strict).toBe(
      '+(hessen^3 OR hessen*^1.5 OR hessen~1) +(app^3 OR app*^1.5)',
    );
  });

  it('keeps an acronym as typed, capitals and all, and nothing else', () => {
    expect(['HMD', 'EfA', ' HZD ', 'HMdIS', 'OZG2'].map((t) => buildSearchQuery(t)?.acronym)).toEqual([
      'HMD',
      'EfA',
      'HZD',
      'HMdIS',
      'OZG2',
    ]);
    expect(['hmd', 'Hessen', 'Hessen App', 'H'].map((t) => buildSearchQuery(t)?.acronym)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps function words when there is nothing else', () => {
    expect(buildSearchQuery('die')?.lucene).toBe('(die^3 OR die*^1.5)');
  });

  it('returns null when no searchable word remains', () => {
    expect(buildSearchQuery('"(*~\\')).toBeNull();
    expect(buildSearchQuery('   ')).toBeNull();
  });

  it('lets no Lucene syntax through, whatever the input', () => {
    for (const text of ['a AND b', 'name:x', 'x~2^9', '[a TO z]', '"quoted"', 'a || b && !c', 'ä/ö\\ü']) {
      const lucene = buildSearchQuery(text)?.lucene ?? '';
      const words = lucene.replace(/\^[\d.]+|~1|\*|\(|\)| OR |"/g, ' ');
      expect(words, text).toMatch(/^[a-z0-9 ]*$/);
      expect(lucene).not.toMatch(/ AND | NOT |:/);
    }
  });
});
