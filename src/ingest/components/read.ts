/** read (first): the source's bytes become its text, content hash and sidecar metadata. */
import { readDocument } from '../read.ts';
import type { Component } from './component.ts';

export const read: Component = {
  name: 'read',
  requires: ['meta'],
  assigns: ['raw', 'meta'],
  async run(doc) {
    if (doc.meta.sha256.length > 0) return; // the text was handed over directly
    const source = await readDocument(doc.meta.file);
    doc.raw = source.raw;
    doc.meta = source.meta;
  },
};
