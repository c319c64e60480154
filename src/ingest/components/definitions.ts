/**
 * definitions: entities the text defines itself — "Langname (ABK)", "die sogenannte …", quoted
 * names, a chart's unit with its short form („Pressestelle (P)“).
 */
import { INDEFINITE_ARTICLE_BEFORE } from '../../lang/de/words.ts';
import { findDefinitions } from '../definitions.ts';
import { headingAbbreviations } from '../heading-abbreviations.ts';
import type { Match } from '../matcher.ts';
import type { Component } from './component.ts';

export const definitions: Component = {
  name: 'definitions',
  requires: ['text', 'sentences', 'candidates', 'registry'],
  assigns: ['candidates', 'registry'],
  run(doc, ctx) {
    for (const d of findDefinitions(doc.text, doc.sentences, ctx.catalogIndex)) {
      // „Konzepte für eine „Smart City““: a quoted kind of thing, not a name.
      if (
        d.how === 'quoted' &&
        INDEFINITE_ARTICLE_BEFORE.test(doc.text.slice(Math.max(0, d.start - 12), d.start))
      )
        continue;
      doc.registry.resolve({ ...d, origin: 'definition' });
    }
    for (const d of headingAbbreviations(doc.text)) doc.registry.resolve({ ...d, origin: 'definition' });
    // A short form the document defines for itself („… Technikforschung (ZIT)“) means its own entity
    // here, not the catalog's or the graph's body of that short form.
    const own = (m: Match): Match => {
      const id = doc.registry.definedHere(m.surface);
      return id ? { ...m, entityId: id } : m;
    };
    doc.candidates.catalog = doc.candidates.catalog.map(own);
    doc.candidates.known = doc.candidates.known.map(own);
  },
};
