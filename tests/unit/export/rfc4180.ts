/** A strict RFC 4180 reader for the tests: fails on anything a conforming writer would not produce. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const at = (k: number) => text[k];
  while (i < text.length) {
    let field = '';
    if (at(i) === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (at(i) === '"') {
          if (at(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += at(i);
        i += 1;
      }
    } else {
      while (i < text.length && at(i) !== ',' && at(i) !== '\r' && at(i) !== '\n') {
        if (at(i) === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += at(i);
        i += 1;
      }
    }
    row.push(field);
    if (at(i) === ',') {
      i += 1;
    } else if (at(i) === '\r' && at(i + 1) === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i >= text.length) {
      rows.push(row);
      row = [];
    } else {
      throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(at(i))}`);
    }
  }
  return rows;
}

/** Rows as objects keyed by the header row; every row must have the header's width. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  return rows.map((cells, n) => {
    if (cells.length !== header.length)
      throw new Error(`row ${n + 1} has ${cells.length} cells, header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, cells[k]!]));
  });
}
