/**
 * „dem Finanz- und dem Innenministerium“, „des Wirtschafts- und des Digitalministeriums“: the first
 * compound of a coordination is written short, its head left to the last one (the German
 * „Ergänzungsstrich“). The short part names what the whole compound would name — „Finanz-“ the
 * „Finanzministerium“ — when the load knows that compound as a name.
 */
import { type Match, type MatchIndex, tokenize } from './matcher.ts';

/** „Finanz- und dem Innenministerium“: the cut word, the conjunction and article, the whole compound. */
const TRUNCATED =
  /(?<![\p{L}-])(\p{Lu}[\p{L}-]*\p{L})-\s+(?:und|oder|sowie|bzw\.)\s+(?:(?:der|die|das|dem|den|des)\s+)?(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/** The compound the cut word makes with each possible head of the whole one, longest head first: „Finanz“ + „ministerium“. */
function completions(cut: string, whole: string): string[] {
  const out: string[] = [];
  for (let k = 1; k <= whole.length - 4; k++) out.push(`${cut}${whole.slice(k)}`);
  return out;
}

/** Known names the cut words of the text stand for, as matches over the cut word and its hyphen. */
export function truncatedCompounds(text: string, index: MatchIndex): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(TRUNCATED)) {
    const [cut, whole] = [m[1] as string, m[2] as string];
    for (const word of completions(cut, whole)) {
      const hit = index.candidates(word, tokenize(word)).find((c) => c.start === 0 && c.end === word.length);
      if (!hit) continue;
      const start = m.index ?? 0;
      out.push({ ...hit, start, end: start + cut.length + 1, surface: `${cut}-` });
      break;
    }
  }
  return out;
}
