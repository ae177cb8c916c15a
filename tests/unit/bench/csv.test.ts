import { describe, expect, it } from 'vitest';
import { csvColumn, parseCsv } from '../../bench/corpus/csv.ts';

describe('parseCsv (RFC 4180)', () => {
  const cases: { name: string; csv: string; rows: string[][] }[] = [
    { name: 'plain fields, LF', csv: 'a,b\n1,2\n', rows: [['a', 'b'], ['1', '2']] },
    { name: 'CRLF records', csv: 'a,b\r\n1,2\r\n', rows: [['a', 'b'], ['1', '2']] },
    { name: 'no final line break', csv: 'a,b\n1,2', rows: [['a', 'b'], ['1', '2']] },
    { name: 'quoted comma', csv: '"x, y",z\n', rows: [['x, y', 'z']] },
    { name: 'doubled quote', csv: '"she said ""weak""",1\n', rows: [['she said "weak"', '1']] },
    { name: 'line breaks inside quotes', csv: '"HPI:\nfeels weak\r\nfor 2 weeks",2\n', rows: [['HPI:\nfeels weak\r\nfor 2 weeks', '2']] },
    { name: 'empty fields', csv: ',,\n', rows: [['', '', '']] },
    { name: 'leading byte order mark', csv: '\ufeffa,b\n', rows: [['a', 'b']] },
    { name: 'a quote inside an unquoted field is kept', csv: 'say 5" ruler,b\n', rows: [['say 5" ruler', 'b']] },
    { name: 'a lone CR inside a field is text', csv: 'a\rb,c\n', rows: [['a\rb', 'c']] },
  ];
  it.each(cases)('$name', ({ csv, rows }) => {
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('rejects a file that ends inside a quoted field', () => {
    expect(() => parseCsv('"open,1\n')).toThrow(/inside a quoted field/);
  });
});

describe('csvColumn', () => {
  it('returns the named column and skips blank values', () => {
    expect(csvColumn('id,Transcription\n1,"a, b"\n2,\n3,  \n4,c\n', 'transcription')).toEqual(['a, b', 'c']);
  });
  it('names the columns when the wanted one is missing', () => {
    expect(() => csvColumn('id,text\n1,a\n', 'transcription')).toThrow(/no "transcription" column \(columns: id, text\)/);
  });
});
