/**
 * Small graphs for the export and guide tests. `exportBatches()` is written to the real Neo4j by
 * the integration tests (with the seed documents' ids so the guide's literals match); its quotes
 * hold commas, double quotes, a line break and German umlauts so the formats must escape them.
 */
import type { GraphBatch } from '../../../src/graph/model.ts';
import { entity, makeBatch } from '../../support/batches.ts';

export const COALITION_DOC = 'eco-auswertung-koalitionsvertrag-hessen-2024';
export const BROCHURE_DOC = 'digitale-verwaltung-hessen-2023';

export const TRICKY_QUOTE =
  'Die HZD entwickelt, gemeinsam mit „Partnern“ und dem "Team Ü",\nden Führerscheinantrag.';

const textCoalition =
  'Ministerin für Digitalisierung und Innovation\tKristina Sinemus (CDU)\n' +
  'Minister für Wirtschaft\tKaweh Mansoori (SPD)\n' +
  'Kristina Sinemus leitet das Digitalministerium. ' +
  'Das Digitalministerium ist federführend für den Führerscheinantrag. ' +
  'Die HZD betreibt die Hessen-App. ' +
  'Mit der Initiative „GovLabHessen“ möchte die Landesregierung Lösungen fördern (§.58). ' +
  'Die Landesregierung tagt in Wiesbaden.';

const textBrochure = `${TRICKY_QUOTE} Die HZD betreibt die Hessen-App für alle Bürgerinnen & Bürger.`;

const people = [
  { ...entity('kristina-sinemus', 'PERSON', 'Kristina Sinemus'), titles: ['Prof.', 'Dr.'] },
  entity('kaweh-mansoori', 'PERSON', 'Kaweh Mansoori'),
  entity('cdu', 'PARTY', 'CDU', ['Christlich Demokratische Union']),
  entity('spd', 'PARTY', 'SPD'),
];
const hmdi = entity('hmdi', 'MINISTRY', 'Digitalministerium', [
  'HMDI',
  'Ministerium für Digitalisierung und Innovation',
]);
const hzd = {
  ...entity('hzd', 'AGENCY', 'HZD', ['Hessische Zentrale für Datenverarbeitung']),
  description: 'IT-Dienstleister des Landes <Hessen> & "der Kommunen"',
};
const app = entity('hessen-app', 'PLATFORM', 'Hessen-App');
const fuehrerschein = {
  ...entity('fuehrerscheinantrag', 'SERVICE', 'Führerscheinantrag'),
  description: 'EfA-Leistung (Einer für Alle), federführend Hessen',
};
const govlab = entity('govlab-hessen', 'PROGRAMME', 'GovLabHessen');
const government = entity('landesregierung', 'GOVERNMENT', 'Landesregierung');
/** An id that is not a GraphML NMTOKEN and needs percent-encoding in an IRI. */
const wiesbaden = entity('ort/wiesbaden_ä', 'PLACE', 'Wiesbaden');

export function exportBatches(): GraphBatch[] {
  const coalition = makeBatch(COALITION_DOC, textCoalition, {
    entities: [...people, hmdi, hzd, app, fuehrerschein, govlab, government, wiesbaden],
    relations: [
      ['kristina-sinemus', 'MEMBER_OF', 'cdu', 'Kristina Sinemus (CDU)'],
      ['kaweh-mansoori', 'MEMBER_OF', 'spd', 'Kaweh Mansoori (SPD)'],
      ['kristina-sinemus', 'HEADS', 'hmdi', 'Kristina Sinemus leitet das Digitalministerium.'],
      [
        'hmdi',
        'LEADS',
        'fuehrerscheinantrag',
        'Das Digitalministerium ist federführend für den Führerscheinantrag.',
      ],
      ['hzd', 'OPERATES', 'hessen-app', 'Die HZD betreibt die Hessen-App.'],
      [
        'govlab-hessen',
        'PLEDGED_IN',
        'landesregierung',
        'Mit der Initiative „GovLabHessen“ möchte die Landesregierung Lösungen fördern (§.58).',
      ],
    ],
  });
  const pledge = coalition.relations.find((r) => r.type === 'PLEDGED_IN')!;
  pledge.method = 'pledge';
  pledge.evidence = pledge.evidence.map((ev) => ({ ...ev, page: null, citedPage: 58 }));
  const brochure = makeBatch(BROCHURE_DOC, textBrochure, {
    entities: [hzd, app, fuehrerschein],
    relations: [
      ['hzd', 'DEVELOPS', 'fuehrerscheinantrag', TRICKY_QUOTE],
      ['hzd', 'OPERATES', 'hessen-app', 'Die HZD betreibt die Hessen-App für alle Bürgerinnen & Bürger.'],
    ],
  });
  return [coalition, brochure];
}
