/** segment: sentences, cited pages, the title and sections of the normalised text. */
import { tokenize } from '../matcher.ts';
import { readMetadata } from '../metadata.ts';
import { assignPages, findPageCitations } from '../pages.ts';
import { guessTitle } from '../read.ts';
import { findSections } from '../sections.ts';
import { splitSentences } from '../sentences.ts';
import type { Component } from './component.ts';

export const segment: Component = {
  name: 'segment',
  requires: ['raw', 'meta', 'text'],
  assigns: ['stated', 'title', 'sentences', 'citations', 'sections', 'tokens'],
  run(doc) {
    // The sidecar's title, else the headline the text states (not a masthead), else the first heading lines.
    doc.stated = readMetadata(doc.raw, doc.meta.file);
    doc.title = doc.meta.title ?? doc.stated.title ?? guessTitle(doc.text, doc.meta.id);
    doc.sentences = splitSentences(doc.text);
    doc.citations = findPageCitations(doc.text);
    assignPages(doc.sentences, doc.citations);
    doc.sections = findSections(doc.text, doc.meta.id, doc.title);
    doc.tokens = tokenize(doc.text);
  },
};
