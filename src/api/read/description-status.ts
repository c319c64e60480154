/**
 * A word-level heuristic that tells whether a German sentence describes something as already
 * existing or running ("ist", "bietet", "steht … zur Verfügung", "wurde eingeführt", "seit 2022")
 * or only as intended ("soll", "will", "geplant", "bis 2025 … werden"). It reads the whole
 * sentence, not the clause about the entity, and knows no grammar: "Ab dem Frühjahr 2023 bietet
 * die Hessen-App …" counts as running although it announces a start date. The cues it found are
 * returned with the verdict so a reader can check it.
 */

export const DESCRIPTION_STATUSES = ['RUNNING', 'MIXED', 'PLANNED', 'UNCLEAR'] as const;
export type DescriptionStatus = (typeof DESCRIPTION_STATUSES)[number];

/** Present or past tense of "being there": existence, offering, use, completion, a start in the past. */
const RUNNING_CUES = new Set([
  'ist',
  'sind',
  'war',
  'waren',
  'bietet',
  'bieten',
  'steht',
  'stehen',
  'stand',
  'standen',
  'besteht',
  'bestehende',
  'bestehenden',
  'wurde',
  'wurden',
  'eingeführt',
  'eingeführte',
  'beschlossen',
  'beschlossene',
  'beschlossenen',
  'verabschiedet',
  'verabschiedeten',
  'nutzt',
  'nutzen',
  'nutzbar',
  'genutzt',
  'bündelt',
  'verfügbar',
  'aktiv',
  'betreibt',
  'realisiert',
  'ermöglicht',
  'unterstützt',
  'erfährt',
  'seit',
  'bereits',
  'inzwischen',
]);

/** Intentions and the future: modal verbs of will and obligation, plans, "künftig". */
const PLANNED_CUES = new Set([
  'soll',
  'sollen',
  'sollte',
  'sollten',
  'will',
  'wollen',
  'möchte',
  'möchten',
  'plant',
  'planen',
  'geplant',
  'geplante',
  'angestrebt',
  'vorgesehen',
  'künftig',
  'zukünftig',
]);

/** "wird … werden" (future passive) and "wird … folgen/kommen" are future; "wird genutzt" is not. */
const FUTURE_WIRD = /\bwird\b[^.;:!?]*\b(werden|folgen|kommen|entstehen)\b/iu;

export interface StatusVerdict {
  status: DescriptionStatus;
  /** The cue words found, lower-cased, in reading order (running and planned together). */
  cues: string[];
}

/** RUNNING: only running cues; PLANNED: only planned cues; MIXED: both; UNCLEAR: none. */
export function classifyDescription(sentence: string): StatusVerdict {
  const words = sentence.toLocaleLowerCase('de').match(/\p{L}+/gu) ?? [];
  const cues: string[] = [];
  let running = false;
  let planned = false;
  for (const word of words) {
    if (RUNNING_CUES.has(word)) {
      running = true;
      cues.push(word);
    } else if (PLANNED_CUES.has(word)) {
      planned = true;
      cues.push(word);
    }
  }
  const future = FUTURE_WIRD.exec(sentence);
  if (future) {
    planned = true;
    cues.push(`wird … ${future[1]!.toLocaleLowerCase('de')}`);
  }
  const status: DescriptionStatus =
    running && planned ? 'MIXED' : running ? 'RUNNING' : planned ? 'PLANNED' : 'UNCLEAR';
  return { status, cues: [...new Set(cues)] };
}

/** The status of an entity from its descriptions: the first of RUNNING, MIXED, PLANNED, UNCLEAR present. */
export function overallStatus(statuses: readonly DescriptionStatus[]): DescriptionStatus {
  return DESCRIPTION_STATUSES.find((s) => statuses.includes(s)) ?? 'UNCLEAR';
}
