/**
 * Parliamentary groups named after their party: „Für die CDU-Fraktion spricht …“, „Vorsitzende der
 * Volt-Fraktion im Römer“, „die SPD-Landtagsfraktion“. The compound names a body of its own (its
 * speakers and its chair are the group's, not the party's), as the text writes it: the singular has
 * one form in every case. Its first part is a party, one the load knows or, where no list knows the
 * word, a new one („Volt-Fraktion“ → the party Volt), unless it is an ordinary word's linking form
 * („Oppositions-Fraktion“). „Fraktion der Freien Demokraten“ stays a mention of the party.
 */
import { PARTY_GROUP_HEAD } from '../lang/de/words.ts';
import type { Doc } from './doc.ts';

/** „CDU-Fraktion“, „SPD-Landtagsfraktion“: a capitalised first part, a hyphen, the group noun (singular). */
const GROUP = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(\\p{Lu}[\\p{L}\\p{N}/]*)-(\\p{Lu}\\p{Ll}*${PARTY_GROUP_HEAD}|${
    (PARTY_GROUP_HEAD[0] as string).toUpperCase() + PARTY_GROUP_HEAD.slice(1)
  })(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** „Mehrheits-“, „Oppositions-“: a common noun's linking -s, no party. */
const LINKING_FORM = /\p{Ll}s$/u;

/**
 * The type of what the load knows the party part as, where it stands (catalog, graph, this
 * document); a known name may take in the article before it („Die Grünen“).
 */
function knownType(doc: Doc, start: number, end: number, label: string): string | undefined {
  const c = doc.candidates;
  const at = [...c.explicit, ...c.catalog, ...c.known].find((m) => m.start <= start && m.end === end);
  const id = at?.entityId ?? doc.registry.idOf(label);
  return id ? doc.registry.record(id)?.type : undefined;
}

/** Registers the groups the text names after their parties, and a party only a group names. */
export function addParliamentaryGroups(doc: Doc): void {
  for (const m of doc.text.matchAll(GROUP)) {
    const party = m[1] as string;
    const known = knownType(doc, m.index, m.index + party.length, party);
    if (known !== undefined ? known !== 'PARTY' : LINKING_FORM.test(party)) continue;
    if (known === undefined)
      doc.registry.resolve({
        name: party,
        type: 'PARTY',
        aliases: [],
        description: null,
        origin: 'party-group',
      });
    const name = m[0];
    doc.registry.resolve({
      name,
      type: 'ORGANISATION',
      aliases: [],
      description: null,
      origin: 'party-group',
    });
  }
}
