/**
 * „Seit 2019 fördert mein Haus …“, „unsere Behörde“: the body the speaker of the sentence speaks for,
 * or the body the document is by (speakers.ts). A speaker who speaks for no body the text names refers to none.
 */
import { OWN_HOUSE } from '../../lang/de/references.ts';
import type { Doc, SentenceMention } from '../doc.ts';
import { quoted, type Voices } from './speakers.ts';

/** „mein Haus“, „unser Ministerium“ in each sentence → a mention of the speaker's house. */
export function ownHouseReferences(doc: Doc, voices: Voices): SentenceMention[][] {
  return doc.sentences.map((s, si) => {
    const house = voices.ours[si];
    if (!house) return [];
    const ms = doc.bySentence[si] ?? [];
    const out: SentenceMention[] = [];
    for (const w of s.text.matchAll(OWN_HOUSE)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      if (ms.some((m) => m.start < end && start < m.end) || quoted(doc.text, start)) continue;
      out.push({ entityId: house.entityId, type: house.type, start, end, anaphor: true });
    }
    return out;
  });
}
