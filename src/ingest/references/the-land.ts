/**
 * „Das Land fördert …“, „im Auftrag des Landes“: in a text about a federal state's administration
 * „das Land“ is that state — the Land named last before, else the one the text names anywhere
 * („Land Hessen“, „Bayern“). A text that names no Land refers to none.
 */
import { LAENDER, THE_LAND } from '../../lang/de/references.ts';
import type { Doc, SentenceMention } from '../doc.ts';

/** „Land Hessen“, „Freistaat Bayern“, „Hessen“ → whether the name is a Land's. */
function isLand(name: string): boolean {
  return LAENDER.has(
    name.replace(/^(?:Land|Bundesland|Freistaat|Freie und Hansestadt|Freie Hansestadt) /, ''),
  );
}

/** „das Land“ in each sentence → a mention of the Land the text is about there. */
export function landReferences(doc: Doc): SentenceMention[][] {
  const lands = doc.bySentence.map((ms) =>
    ms.filter(
      (m) => m.type === 'PLACE' && !m.modifier && isLand(doc.registry.record(m.entityId)?.name ?? ''),
    ),
  );
  const anywhere = lands.flat()[0];
  let last: SentenceMention | undefined;
  return doc.sentences.map((s, si) => {
    const ms = doc.bySentence[si] ?? [];
    const out: SentenceMention[] = [];
    for (const w of s.text.matchAll(THE_LAND)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      const before = lands[si]?.filter((m) => m.end <= start).at(-1);
      const land = before ?? last ?? anywhere;
      if (!land || ms.some((m) => m.start < end && start < m.end)) continue;
      out.push({ entityId: land.entityId, type: 'PLACE', start, end, anaphor: true });
    }
    last = lands[si]?.at(-1) ?? last;
    return out;
  });
}
