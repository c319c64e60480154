import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/lang/de/dates.ts';

/** The spans as [text, kind, date, precision(, until)] for compact expectations. */
function read(text: string) {
  return findDates(text).map((d) => {
    const row: unknown[] = [d.text, d.kind, d.date, d.precision];
    if (d.until) row.push(`${d.until.date}/${d.until.precision}`);
    return row;
  });
}

describe('German date expressions', () => {
  it('opens a period with „seit (dem)“ and „ab“ at the stated precision', () => {
    expect(read('Seit dem 3. März 2021 leitet Anna Kessler das Vermessungsamt.')).toEqual([
      ['Seit dem 3. März 2021', 'from', '2021-03-03', 'DAY'],
    ]);
    expect(read('Die Leitstelle arbeitet seit Oktober 2020 im Schichtbetrieb.')).toEqual([
      ['seit Oktober 2020', 'from', '2020-10-01', 'MONTH'],
    ]);
    expect(read('Ab 1. Juli 2026 übernimmt die Stadtkasse die Abrechnung.')).toEqual([
      ['Ab 1. Juli 2026', 'from', '2026-07-01', 'DAY'],
    ]);
  });

  it('closes a period with „bis“ and „endete zum“', () => {
    expect(read('Das Pilotprojekt lief bis 2021 in drei Kreisen.')).toEqual([
      ['bis 2021', 'to', '2021-01-01', 'YEAR'],
    ]);
    expect(read('Der Rahmenvertrag endete zum 30. Juni 2022.')).toEqual([
      ['endete zum 30. Juni 2022', 'to', '2022-06-30', 'DAY'],
    ]);
  });

  it('reads „von … bis …“ as one range, also across words like „zu ihrem Ausscheiden im“', () => {
    expect(read('Von Mai 2011 bis 2019 war er Kämmerer der Gemeinde.')).toEqual([
      ['Von Mai 2011 bis 2019', 'range', '2011-05-01', 'MONTH', '2019-01-01/YEAR'],
    ]);
    expect(read('Sie führte das Amt von 2009 bis zu ihrem Ausscheiden im März 2017.')).toEqual([
      ['von 2009 bis zu ihrem Ausscheiden im März 2017', 'range', '2009-01-01', 'YEAR', '2017-03-01/MONTH'],
    ]);
    expect(read('Die Förderung galt vom 2. Mai 2020 bis zum 31. Mai 2021.')).toEqual([
      ['vom 2. Mai 2020 bis zum 31. Mai 2021', 'range', '2020-05-02', 'DAY', '2021-05-31/DAY'],
    ]);
  });

  it('takes event dates as points: „am … vereidigt“, „im Jahr … gegründet“, a numeric date', () => {
    expect(read('Der Bürgermeister wurde am 12. Februar 2025 vereidigt.')).toEqual([
      ['12. Februar 2025', 'point', '2025-02-12', 'DAY'],
    ]);
    expect(read('Der Zweckverband wurde im Jahr 2007 gegründet.')).toEqual([
      ['im Jahr 2007', 'point', '2007-01-01', 'YEAR'],
    ]);
    expect(read('Die Vereinbarung von 2012 gilt weiter.')).toEqual([['2012', 'point', '2012-01-01', 'YEAR']]);
    expect(read('Kassel, 04.11.2025')).toEqual([['04.11.2025', 'point', '2025-11-04', 'DAY']]);
  });

  it('gives a season or part of a year its year only', () => {
    expect(read('Im Herbst 2015 ging das Portal online; Ende 2016 folgte die App.')).toEqual([
      ['Herbst 2015', 'point', '2015-01-01', 'YEAR'],
      ['Ende 2016', 'point', '2016-01-01', 'YEAR'],
    ]);
  });

  it('resolves „im selben Monat“ and „bis dahin“ to the last date mentioned', () => {
    expect(
      read('Im April 2023 trat die Satzung in Kraft. Im selben Monat wählte der Rat den Vorstand.'),
    ).toEqual([
      ['April 2023', 'point', '2023-04-01', 'MONTH'],
      ['Im selben Monat', 'point', '2023-04-01', 'MONTH'],
    ]);
    expect(read('Am 9. Mai 2022 wurde die Stelle neu besetzt; bis dahin war sie unbesetzt.')).toEqual([
      ['9. Mai 2022', 'point', '2022-05-09', 'DAY'],
      ['bis dahin', 'to', '2022-05-09', 'DAY'],
    ]);
  });

  it('does not take amounts, print numbers or percentages for years', () => {
    expect(read('Das Land gab 2050 Euro je Anschluss; die Quote stieg auf 2030 %.')).toEqual([]);
    expect(read('Drucksache 21/2024 vom Ausschuss')).toEqual([]);
  });

  it('keeps offsets that point into the text', () => {
    const text = 'Mitglied ist die Stadt seit Januar 2019.';
    const [span] = findDates(text);
    expect(text.slice(span?.start, span?.end)).toBe('seit Januar 2019');
  });
});
