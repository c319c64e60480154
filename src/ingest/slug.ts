import { foldCase } from './fold.ts';

/** Stable kebab id: "Hessische Zentrale für Datenverarbeitung" → "hessische-zentrale-fuer-datenverarbeitung". */
export function slug(name: string): string {
  return foldCase(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
