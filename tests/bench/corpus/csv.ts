/**
 * RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, line breaks and
 * doubled quotes (""), records end with CRLF or LF. One pass over the characters, so a 1 MB export
 * parses in linear time. Lenient where exports are sloppy: a quote inside an unquoted field is kept.
 */

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRecord();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** The values of one named column (header row first), skipping rows where it is blank. */
export function csvColumn(text: string, column: string): string[] {
  const [header, ...rows] = parseCsv(text);
  const index = header?.findIndex((name) => name.trim().toLowerCase() === column.toLowerCase()) ?? -1;
  if (index < 0) throw new Error(`CSV has no "${column}" column (columns: ${(header ?? []).join(', ') || 'none'})`);
  return rows.map((row) => row[index] ?? '').filter((value) => value.trim() !== '');
}
