/**
 * annotate: tokens, part of speech, named entities and dependencies from the NLP service
 * (cached on disk by the annotator), repaired and enhanced with the arguments clauses share
 * (enhance.ts). Without an annotator the rule components run alone.
 */
import { ABBREVIATIONS, NAME_TITLES } from '../../lang/de/words.ts';
import { enhance } from '../enhance.ts';
import { parseSentences } from '../parse.ts';
import type { Component } from './component.ts';

/**
 * Quoted names („Sicher melden“, „Statistik direkt“) read like words of the sentence and derail the
 * parser. The tagger sees each as one unknown proper noun of the same length, so offsets stay put.
 */
export function maskQuotedNames(text: string): string {
  return text.replace(/(?<=„)([^“\n]{2,80})(?=“)/g, (name) => `X${'x'.repeat(name.length - 1)}`);
}

/** Abbreviations the tagger does not know, so that it ends a sentence at their full stop; titles it reads well. */
const UNKNOWN_ABBREVIATIONS = new Set(
  [...ABBREVIATIONS].filter((a) => !NAME_TITLES.some((t) => t.toLowerCase().startsWith(`${a}.`))),
);

/**
 * „Herr Abg. Alexander Bauer“: the full stop of an abbreviation before a capital letter would make
 * the tagger start a new sentence there. It sees a space instead; offsets stay put.
 */
export function maskAbbreviationStops(text: string): string {
  return text.replace(/(?<![\p{L}])(\p{L}{1,5})\.(?=[ \t]+\p{Lu})/gu, (whole, word: string) =>
    UNKNOWN_ABBREVIATIONS.has(word.toLowerCase()) ? `${word} ` : whole,
  );
}

export const annotate: Component = {
  name: 'annotate',
  requires: ['text', 'sentences'],
  assigns: ['annotation', 'parses'],
  async run(doc, ctx) {
    if (!ctx.annotator) return;
    doc.annotation = await ctx.annotator.annotate(maskAbbreviationStops(maskQuotedNames(doc.text)));
    doc.parses = parseSentences(doc.annotation, doc.sentences);
    for (const sentence of doc.parses) enhance(sentence);
  },
};
