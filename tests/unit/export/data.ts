/** In-memory export rows for the unit tests (no Neo4j). */
import type { ExportDocument, ExportEntity, ExportRelation } from '../../../src/export/types.ts';

export const DOCUMENTS: ExportDocument[] = [
  {
    id: 'doc-a',
    title: 'Digitale Verwaltung Hessen',
    publisher: 'HMDI',
    date: '2023',
    file: 'a.txt',
    sha256: 'ab',
    length: 120,
  },
];

export const ENTITIES: ExportEntity[] = [
  {
    id: 'hzd',
    type: 'AGENCY',
    label: 'Agency',
    name: 'HZD',
    aliases: ['Hessische Zentrale für Datenverarbeitung', 'Zentrale, "HZD"'],
    description: 'IT-Dienstleister <Land> & Kommunen',
    titles: [],
    origin: 'catalog',
    documents: ['doc-a'],
    outgoing: [{ type: 'OPERATES', target: 'hessen-app' }],
  },
  {
    id: 'hessen-app',
    type: 'PLATFORM',
    label: 'Platform',
    name: 'Hessen-App',
    aliases: [],
    description: null,
    titles: [],
    origin: 'catalog',
    documents: ['doc-a'],
    outgoing: [],
  },
  {
    id: 'ort/wiesbaden_ä',
    type: 'PLACE',
    label: 'Place',
    name: 'Wiesbaden',
    aliases: [],
    description: 'Landeshauptstadt\r\nmit Zeilenumbruch',
    titles: [],
    origin: 'definition',
    documents: [],
    outgoing: [],
  },
];

export const QUOTE = 'Die HZD betreibt, „offiziell“, die "Hessen-App".\nZweite Zeile: Bürger & Ämter';

export const RELATIONS: ExportRelation[] = [
  {
    key: 'hzd|OPERATES|hessen-app',
    source: 'hzd',
    target: 'hessen-app',
    type: 'OPERATES',
    confidence: 0.9,
    method: 'pattern',
    documents: ['doc-a'],
    evidenceCount: 2,
    evidence: [
      {
        id: 'ev1',
        documentId: 'doc-a',
        sectionId: 'doc-a#0',
        quote: QUOTE,
        start: 0,
        end: QUOTE.length,
        page: 12,
        citedPage: 116,
        method: 'pattern',
        confidence: 0.9,
      },
      {
        id: 'ev2',
        documentId: 'doc-a',
        sectionId: 'doc-a#1',
        quote: 'Die HZD betreibt die Hessen-App.',
        start: 200,
        end: 232,
        page: null,
        citedPage: null,
        method: 'pattern',
        confidence: 0.8,
      },
    ],
  },
  {
    key: 'ort/wiesbaden_ä|PART_OF|hzd',
    source: 'ort/wiesbaden_ä',
    target: 'hzd',
    type: 'PART_OF',
    confidence: null,
    method: null,
    documents: [],
    evidenceCount: 0,
    evidence: [],
  },
];
