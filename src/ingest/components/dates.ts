/**
 * dates (after batch): when each relation holds — the dates its own clause states („seit Januar 2024“,
 * „von 2014 bis 2022“), bounds from tense and the document's date, cabinet terms, founding dates
 * (src/ingest/dating.ts, src/lang/de/dates.ts).
 */
import { dateBatch } from '../dating.ts';
import { clauseKey } from '../doc.ts';
import type { Component } from './component.ts';

export const dates: Component = {
  name: 'dates',
  requires: ['batch', 'clauses'],
  assigns: ['batch'],
  run(doc) {
    // The clause the parse found for each statement; other relations split their sentence by mentions.
    if (doc.batch)
      doc.batch = dateBatch(doc.batch, (r, ev) => doc.clauses.get(clauseKey(r, ev.start)) ?? null);
  },
};
