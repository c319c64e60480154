/**
 * German-aware folding shared by the matcher (ingest) and by search (API), so that
 * "Hessen-App", "Hessen App", "HessenApp" and "hessen app" meet on one key,
 * as do "Digitalministerium"/"Digitalministeriums" (via the stem) and "Schüler"/"Schueler".
 */

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower case, NFC, umlauts and ß spelled out, soft hyphens dropped. Keeps spaces and hyphens. */
export function foldCase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c);
}

/** Key for equality matching: folded and with every non-alphanumeric character removed. */
export function foldKey(text: string): string {
  return foldCase(text).replace(/[^a-z0-9]/g, '');
}

/** Words of the folded text, split on anything that is not a letter or digit. */
export function foldWords(text: string): string[] {
  return foldCase(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Text indexed beside name and aliases for full-text search: folded spellings and the
 * glued form of multi-word names, so that a query in any of those spellings finds the entity.
 */
export function searchText(name: string, aliases: readonly string[]): string {
  const variants = new Set<string>();
  for (const label of [name, ...aliases]) {
    variants.add(foldCase(label));
    variants.add(foldWords(label).join(' '));
    variants.add(foldKey(label));
  }
  return [...variants].join(' | ');
}
