/**
 * Order independence: a document is read with what the graph and the load know, so a document
 * read before another explained its words („Staatssekretärin Morgenroth“ before „Lena Morgenroth“,
 * „die HLGV“ before „Landesamt für … (HLGV)“) is read again once they are known, in this load or in
 * a later one. Each reading records the keys of the words it left open and what it was read
 * against (`key entityId` for the entities of other documents those keys, and the words it linked
 * to them, name); a document whose pairs are no longer what the load knows is read again, until
 * none changes or the round limit is reached.
 */
import type { GraphBatch } from '../graph/model.ts';
import { foldKey } from '../ingest/fold.ts';
import type { Knowledge } from './known-entities.ts';

/** Rounds of reading again before a load gives up settling (each round reads every changed document once). */
export const MAX_REREAD_ROUNDS = 4;

/** Why a document was read again: the pairs it gained and those it lost. */
export interface Reread {
  documentId: string;
  /** 1 for the first round after the documents' own reading. */
  round: number;
  /** Entities (id and name) that now name one of its words (`key`), and those that no longer do. */
  learnt: { key: string; entityId: string; name: string }[];
  lost: { key: string; entityId: string; name: string }[];
  /** Read from the graph's copy: the document is not among this load's files. */
  fromGraph: boolean;
}

/**
 * The keys of the words a reading tied by what else is known: to another document's entity, or to
 * a person by surname alone (a second person of that surname anywhere makes it name neither).
 */
export function linkedKeys(batch: GraphBatch, known: Knowledge): string[] {
  const keys = new Set<string>();
  const people = new Set(batch.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  for (const m of batch.mentions) {
    const bySurname = people.has(m.entityId) && !/\s/u.test(m.surface.trim());
    if (!bySurname && !known.supports(m.entityId, batch.document.id)) continue;
    const key = foldKey(m.surface);
    keys.add(key);
    if (/\p{Ll}s$/u.test(m.surface) && key.length > 3) keys.add(key.slice(0, -1));
  }
  return [...keys].sort();
}

/** Sets the linked keys and what the reading was read against; call with what the load knows after it. */
export function markReadAgainst(batch: GraphBatch, known: Knowledge): void {
  const doc = batch.document;
  doc.linked = linkedKeys(batch, known);
  doc.readAgainst = known.pairs(
    doc.id,
    checkedKeys({ unresolved: doc.unresolved ?? [], linked: doc.linked }),
  );
}

/** A document that may have to be read again: this load's reading or the graph's record of it. */
export interface Settling {
  id: string;
  unresolved: readonly string[];
  linked: readonly string[];
  readAgainst: readonly string[];
}

/** The keys a document is checked on: its open words and the words it linked by what else is known. */
function checkedKeys(doc: Pick<Settling, 'unresolved' | 'linked'>): Set<string> {
  return new Set([...doc.unresolved, ...doc.linked]);
}

/** What changed for the document since it was read, or null when nothing did. */
export function staleness(doc: Settling, known: Knowledge): Omit<Reread, 'round' | 'fromGraph'> | null {
  const now = known.pairs(doc.id, checkedKeys(doc));
  const before = new Set(doc.readAgainst);
  const after = new Set(now);
  const describe = (pair: string) => {
    const [key = '', entityId = ''] = pair.split(' ');
    return { key, entityId, name: known.record(entityId)?.name ?? entityId };
  };
  const learnt = now.filter((p) => !before.has(p)).map(describe);
  const lost = doc.readAgainst.filter((p) => !after.has(p)).map(describe);
  return learnt.length === 0 && lost.length === 0 ? null : { documentId: doc.id, learnt, lost };
}

/** One line for people: „morgenroth“ is now Lena Morgenroth. */
export function describeReread(r: Reread): string {
  const parts = [
    ...r.learnt.map((p) => `„${p.key}“ → ${p.name}`),
    ...r.lost.map((p) => `„${p.key}“ no longer ${p.name}`),
  ];
  return `${r.documentId}${r.fromGraph ? ' (from the graph)' : ''}: ${parts.join(', ')}`;
}
