import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from '../../../src/ingest/normalise.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';
import { findWraps } from '../../../src/ingest/unwrap.ts';
import { read, SEEDS } from './helpers.ts';

const lines = (text: string) => normalise(text).text.split('\n');
const sentences = (text: string) => splitSentences(normalise(text).text).map((s) => s.text);

/** A paragraph hard-wrapped at 72 characters, as a PDF-to-text tool writes it. */
const WRAPPED = [
  'Die Hessische Zentrale für Datenverarbeitung betreibt seit dem Jahr 2019',
  'im Auftrag des Hessischen Ministeriums der Finanzen die Verfahrenscloud',
  'Hessen. Leiter der Zentrale ist seit dem 1. April 2022 Joachim Kremer,',
  'der zuvor die Abteilung für Organisation und Informationstechnik im',
  'Finanzministerium geleitet hatte. Die Förder- und Beratungsangebote der',
  'Ministerien erreichen die Kommunen über das Verwaltungsportal Hessen.',
].join('\n');

describe('unwrapping a hard-wrapped text dump', () => {
  it('makes the lines of a wrapped paragraph one line, and its sentences whole', () => {
    expect(lines(WRAPPED)).toHaveLength(1);
    expect(sentences(WRAPPED)).toEqual([
      'Die Hessische Zentrale für Datenverarbeitung betreibt seit dem Jahr 2019 im Auftrag des Hessischen Ministeriums der Finanzen die Verfahrenscloud Hessen.',
      'Leiter der Zentrale ist seit dem 1. April 2022 Joachim Kremer, der zuvor die Abteilung für Organisation und Informationstechnik im Finanzministerium geleitet hatte.',
      'Die Förder- und Beratungsangebote der Ministerien erreichen die Kommunen über das Verwaltungsportal Hessen.',
    ]);
  });

  it('keeps every offset: the space of a wrap is the line break of the source', () => {
    const n = normalise(WRAPPED);
    expect(n.text.length).toBe(WRAPPED.length);
    for (let i = 0; i < n.text.length; i++) {
      const ch = n.text[i] as string;
      expect(WRAPPED[toOriginal(n, i)]).toBe(ch === ' ' && WRAPPED[i] === '\n' ? '\n' : ch);
    }
  });

  it('joins a word hyphenated at the line end for matching, keeps a compound’s own hyphen and „Förder- und“', () => {
    const text = [
      'Die Hessische Zentrale für Datenverarbeitung betreibt die Verfahrens-',
      'cloud Hessen und die Online-Dienste des Landes sowie das Verwaltungs- und',
      'Beratungsportal; die Hessische Zentrale für Datenverarbeitung und die Online-',
      'Dienste des Landes werden vom Hessischen Ministerium der Finanzen betreut.',
    ].join('\n');
    expect(normalise(text).text).toBe(
      'Die Hessische Zentrale für Datenverarbeitung betreibt die Verfahrenscloud Hessen und die Online-Dienste des Landes sowie das Verwaltungs- und Beratungsportal; die Hessische Zentrale für Datenverarbeitung und die Online-Dienste des Landes werden vom Hessischen Ministerium der Finanzen betreut.',
    );
    // The source keeps its own words: the normalised „Verfahrenscloud“ maps back onto „Verfahrens-⏎cloud“.
    const n = normalise(text);
    const at = n.text.indexOf('Verfahrenscloud');
    expect(text.slice(toOriginal(n, at), toOriginal(n, at + 'Verfahrenscloud'.length - 1) + 1)).toBe(
      'Verfahrens-\ncloud',
    );
  });

  it('keeps table rows apart, with tabs or with columns of spaces', () => {
    const tabs = [
      'Projekt\tAuftraggeber\tStatus',
      'Verfahrenscloud Hessen und Rechenzentrum\tHessisches Ministerium der Finanzen\tlaufend',
      'Hessen-App und Online-Terminservice\tHessisches Ministerium für Digitalisierung\tabgeschlossen',
    ].join('\n');
    expect(lines(tabs)).toHaveLength(3);
    const spaces = [
      'Projekt                                  Auftraggeber                Status',
      'Verfahrenscloud Hessen                   Hessisches Finanzministerium  laufend',
      'Hessen-App und Online-Terminservice      Digitalministerium          abgeschlossen',
      'Metadatenportal des Landes               Statistisches Landesamt     in Planung',
    ].join('\n');
    expect(lines(spaces)).toHaveLength(4);
  });

  it('keeps list items apart and joins the wrapped lines of one item', () => {
    const list = [
      'Zu den Aufgaben der Hessischen Zentrale für Datenverarbeitung gehören:',
      '• der Betrieb der Rechenzentren in Wiesbaden und Hünfeld für alle',
      '  Ressorts der Landesverwaltung,',
      '• die Beratung der Kommunen und der Landesbehörden bei der Absicherung',
      '  ihrer Netze,',
      '- die Entwicklung der Hessen-App gemeinsam mit dem Digitalministerium,',
      '1. Betrieb der Verfahrenscloud Hessen für die Landesverwaltung und die',
      '   Kommunen,',
      '2. Schulungen für die Beschäftigten der Landesverwaltung in Wiesbaden.',
    ].join('\n');
    expect(lines(list)).toEqual([
      'Zu den Aufgaben der Hessischen Zentrale für Datenverarbeitung gehören:',
      'der Betrieb der Rechenzentren in Wiesbaden und Hünfeld für alle Ressorts der Landesverwaltung,',
      'die Beratung der Kommunen und der Landesbehörden bei der Absicherung ihrer Netze,',
      'die Entwicklung der Hessen-App gemeinsam mit dem Digitalministerium,',
      '1. Betrieb der Verfahrenscloud Hessen für die Landesverwaltung und die Kommunen,',
      '2. Schulungen für die Beschäftigten der Landesverwaltung in Wiesbaden.',
    ]);
  });

  it('reads „am⏎18. Januar“ as running text, not as a numbered item', () => {
    const text = [
      'Das Hessische Ministerium für Digitalisierung und Innovation wurde am',
      '18. Januar 2024 ein eigenständiges Ministerium mit Sitz in Wiesbaden und',
      'übernahm die Aufgaben der bisherigen Digitalministerin in der Staatskanzlei.',
    ].join('\n');
    expect(lines(text)).toHaveLength(1);
  });

  it('keeps headings apart from the paragraph under them', () => {
    const text = [
      '2 Plattformen der Landesverwaltung',
      'Die Hessische Zentrale für Datenverarbeitung betreibt seit dem Jahr 2019',
      'die Verfahrenscloud Hessen für alle Ressorts der Landesverwaltung und die',
      'Kommunen des Landes.',
      'DIGITALE SICHERHEIT IN DEN KOMMUNEN UND LANDESBEHÖRDEN DES LANDES HESSEN',
      'Das Hessische CyberCompetenceCenter warnt die Behörden des Landes vor den',
      'Angriffen auf ihre Netze und berät die Kommunen bei der Absicherung.',
    ].join('\n');
    expect(lines(text)).toEqual([
      '2 Plattformen der Landesverwaltung',
      'Die Hessische Zentrale für Datenverarbeitung betreibt seit dem Jahr 2019 die Verfahrenscloud Hessen für alle Ressorts der Landesverwaltung und die Kommunen des Landes.',
      'DIGITALE SICHERHEIT IN DEN KOMMUNEN UND LANDESBEHÖRDEN DES LANDES HESSEN',
      'Das Hessische CyberCompetenceCenter warnt die Behörden des Landes vor den Angriffen auf ihre Netze und berät die Kommunen bei der Absicherung.',
    ]);
  });

  it('keeps speaker lines apart, also one broken over two lines', () => {
    const text = [
      'Präsidentin Astrid Wallmann:',
      'Ich rufe Tagesordnungspunkt 4 auf. Das Wort hat die Ministerin für',
      'Digitalisierung und Innovation, Frau Staatsministerin Prof. Dr. Sinemus.',
      'Prof. Dr. Kristina Sinemus, Ministerin für Digitalisierung und',
      'Innovation:',
      'Frau Präsidentin, meine Damen und Herren! Die Hessische Zentrale für',
      'Datenverarbeitung betreibt die Verfahrenscloud Hessen für das Land.',
    ].join('\n');
    expect(lines(text)).toEqual([
      'Präsidentin Astrid Wallmann:',
      'Ich rufe Tagesordnungspunkt 4 auf. Das Wort hat die Ministerin für Digitalisierung und Innovation, Frau Staatsministerin Prof. Dr. Sinemus.',
      'Prof. Dr. Kristina Sinemus, Ministerin für Digitalisierung und Innovation:',
      'Frau Präsidentin, meine Damen und Herren! Die Hessische Zentrale für Datenverarbeitung betreibt die Verfahrenscloud Hessen für das Land.',
    ]);
  });

  it('leaves a ragged block of short lines (a letterhead) and a title block line by line', () => {
    const letterhead = [
      'Kleine Anfrage',
      'der Abg. Petra Hausmann (SPD) vom 03.02.2024',
      'betreffend Rechenzentren der Hessischen Zentrale für Datenverarbeitung',
      'und',
      'Antwort',
      'des Ministers der Finanzen',
    ].join('\n');
    expect(lines(letterhead)).toHaveLength(6);
    const title = [
      'Hessische Zentrale für Datenverarbeitung – Jahresbericht',
      'Ausgabe 2024 – Stand: März 2025',
    ].join('\n');
    expect(lines(title)).toHaveLength(2);
  });

  it('joins a text set in proportional type, its lines of uneven length', () => {
    const text = [
      'Die Hessische Zentrale für Datenverarbeitung betreibt seit 2019 die',
      'Verfahrenscloud Hessen, die von den Ressorts der Landesverwaltung genutzt wird. Im',
      'Auftrag des Ministeriums hat sie die Hessen-App entwickelt, die Bürgerinnen',
      'und Bürger seit dem Frühjahr 2023 über das Verwaltungsportal erreichen.',
    ].join('\n');
    expect(lines(text)).toHaveLength(1);
  });

  it('finds no wrap in the seed documents, whose paragraphs are one line each', () => {
    expect(findWraps(read(SEEDS.brochure)).size).toBe(0);
    expect(findWraps(read(SEEDS.eco)).size).toBe(0);
  });
});
