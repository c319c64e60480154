import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText } from '../../../src/nlp/chunk.ts';

const paragraph = (n: number, word = 'Wort') => `${Array.from({ length: n }, () => word).join(' ')}.`;

describe('chunkText', () => {
  it('keeps a short text whole', () => {
    expect(chunkText('Die HZD betreibt die Plattform.', 100)).toEqual([
      { offset: 0, text: 'Die HZD betreibt die Plattform.' },
    ]);
  });

  it('cuts at blank lines and never inside a paragraph that fits', () => {
    const paragraphs = [paragraph(10), paragraph(12, 'Straße'), paragraph(8, 'Größe'), paragraph(11)];
    const text = paragraphs.join('\n\n');
    const chunks = chunkText(text, 120);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(120);
      // each piece holds whole paragraphs: it starts where a paragraph starts
      expect(paragraphs.some((p) => chunk.text.startsWith(p))).toBe(true);
    }
  });

  it('cuts a paragraph longer than the limit after a sentence end', () => {
    const text = `${paragraph(20)} ${paragraph(20)} ${paragraph(20)}`;
    const chunks = chunkText(text, 150);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text.trimEnd().endsWith('.')).toBe(true);
  });

  it('never separates the halves of a surrogate pair', () => {
    const text = '😀'.repeat(50);
    for (const chunk of chunkText(text, 7)) {
      expect(chunk.text.length % 2).toBe(0);
      expect(chunk.text.length).toBeLessThanOrEqual(7);
    }
  });

  it('gives back the text exactly, each piece at its offset and within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Wort', 'Straße', '„Zitat“', '.', ' ', '\n', '\n\n', '\t', '😀'), {
          maxLength: 300,
        }),
        fc.integer({ min: 4, max: 200 }),
        (parts, max) => {
          const text = parts.join('');
          const chunks = chunkText(text, max);
          expect(chunks.map((c) => c.text).join('')).toBe(text);
          for (const c of chunks) {
            expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
            expect(c.text.length).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });
});
