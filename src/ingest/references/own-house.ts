/**
 * „Seit 2019 fördert mein Haus …“ in a speech: the ministry named in the line of the speaker whose
 * turn it is. A speaker's line without a ministry, or text before any speaker, refers to none.
 */
import { OWN_HOUSE, SPEAKER_LINE } from '../../lang/de/references.ts';
import type { Doc, SentenceMention } from '../doc.ts';

/** „mein Haus“, „unser Ministerium“ in each sentence → a mention of the speaker's ministry. */
export function ownHouseReferences(doc: Doc): SentenceMention[][] {
  let ministry: SentenceMention | undefined;
  return doc.sentences.map((s, si) => {
    const ms = doc.bySentence[si] ?? [];
    if (SPEAKER_LINE.test(s.text) && ms.some((m) => m.type === 'PERSON')) {
      ministry = ms.find((m) => m.type === 'MINISTRY');
      return [];
    }
    if (!ministry) return [];
    const out: SentenceMention[] = [];
    for (const w of s.text.matchAll(OWN_HOUSE)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      if (ms.some((m) => m.start < end && start < m.end)) continue;
      out.push({ entityId: ministry.entityId, type: 'MINISTRY', start, end, anaphor: true });
    }
    return out;
  });
}
