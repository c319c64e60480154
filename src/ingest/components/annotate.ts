/**
 * annotate: tokens, part of speech, named entities and dependencies from the NLP service
 * (cached on disk by the annotator). Without an annotator the rule components run alone.
 */
import { parseSentences } from '../parse.ts';
import type { Component } from './component.ts';

export const annotate: Component = {
  name: 'annotate',
  async run(doc, ctx) {
    if (!ctx.annotator) return;
    doc.annotation = await ctx.annotator.annotate(doc.text);
    doc.parses = parseSentences(doc.annotation, doc.sentences);
  },
};
