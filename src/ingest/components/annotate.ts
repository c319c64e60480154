/**
 * annotate: tokens, part of speech, named entities and dependencies from the NLP service
 * (cached on disk by the annotator), repaired and enhanced with the arguments clauses share
 * (enhance.ts). Without an annotator the rule components run alone.
 */
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

export const annotate: Component = {
  name: 'annotate',
  requires: ['text', 'sentences'],
  assigns: ['annotation', 'parses'],
  async run(doc, ctx) {
    if (!ctx.annotator) return;
    doc.annotation = await ctx.annotator.annotate(maskQuotedNames(doc.text));
    doc.parses = parseSentences(doc.annotation, doc.sentences);
    for (const sentence of doc.parses) enhance(sentence);
  },
};
