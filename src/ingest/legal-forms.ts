/**
 * Legal forms after a name („Muster eG“, „Beispiel e.V.“, „Nordlicht GmbH & Co. KG“): the pattern
 * that finds one in running text and the split of a name into its words and its form.
 */
import { LEGAL_FORMS } from '../lang/de/heads.ts';

function formPattern(form: string): string {
  // A space inside a form may be left out in the text: „e. V.“ and „e.V.“.
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
}

/** Every legal form as an alternation, longest first (so „GmbH & Co. KG“ wins over „GmbH“). */
export const LEGAL_FORM_SOURCE = [...LEGAL_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(formPattern)
  .join('|');

const AT_END = new RegExp(`(?:^|[\\s,])(${LEGAL_FORM_SOURCE})$`, 'u');
const WHOLE = new RegExp(`^(?:${LEGAL_FORM_SOURCE})$`, 'u');

/** „Muster eG“ → { base: „Muster“, form: „eG“ }; null when the name does not end in a legal form. */
export function splitLegalForm(name: string): { base: string; form: string } | null {
  const trimmed = name.trim();
  const m = AT_END.exec(trimmed);
  if (!m) return null;
  const base = trimmed
    .slice(0, m.index)
    .replace(/[\s,]+$/u, '')
    .trim();
  return base.length > 0 ? { base, form: m[1] as string } : null;
}

/** Whether the text is a legal form and nothing else („AöR“, „GmbH“): no name of its own. */
export function isLegalForm(text: string): boolean {
  return WHOLE.test(text.trim());
}
