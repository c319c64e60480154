/** definitions: entities the text defines itself — "Langname (ABK)", "die sogenannte …", quoted names. */
import { findDefinitions } from '../definitions.ts';
import type { Component } from './component.ts';

export const definitions: Component = {
  name: 'definitions',
  run(doc, ctx) {
    for (const d of findDefinitions(doc.text, doc.sentences, ctx.catalogIndex)) {
      doc.registry.resolve({ ...d, origin: 'definition' });
    }
  },
};
