import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, FHIR_FIXTURES, parseJson, runCli } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);

const run = (...args: string[]) => runCli(['--format', 'json', ...args], { cwd: FHIR_FIXTURES });

describe('note-lint on FHIR R4 input', () => {
  it.each(['document-reference-base64.json', 'document-reference-inline.json', 'document-reference-contained-binary.json'])(
    'lints the text/plain note of %s with its ids',
    async (file) => {
      const result = await run(file);
      expect(result.stderr).toBe('');
      const [note] = parseJson(result).results;
      expect(note).toMatchObject({ file, fhir: { documentReference: 'note-weak-1', patient: 'pat-17', encounter: 'enc-17' } });
      expect(note!.error).toBeUndefined();
    },
  );

  it('lints every note of a Synthea-style Bundle with the encounter codes (source fhir) and reports the PDF one', async () => {
    const result = await run('bundle-synthea.json');
    expect(result.code).toBe(2);
    const [visit, followUp, scan] = parseJson(result).results;
    expect(visit!.codes).toEqual([
      { code: 'R53.1', source: 'fhir' },
      { code: 'M62.81', source: 'fhir' },
    ]);
    expect(followUp!.codes).toEqual([{ code: 'E87.6', source: 'fhir' }]);
    expect(scan!.error).toMatch(/unsupported content type application\/pdf/);
    expect(result.stderr).toMatch(/bundle-synthea\.json \(DocumentReference\/4d5e6f70-8192-4a3b-9c4d-5e6f70819203, Patient\/5b1e7c3a-[0-9a-f-]+, Encounter\/7c2d9e41-[0-9a-f-]+\): unsupported content type application\/pdf/);
  });

  it('writes a CSV worklist with the FHIR ids on every row, the unreadable note included', async () => {
    const result = await runCli(['--format', 'csv', '--code', 'M62.81', 'bundle-synthea.json'], { cwd: FHIR_FIXTURES });
    const [header, ...rows] = result.stdout.split('\r\n').filter((row) => row.length > 0);
    expect(header).toBe('file,document_id,patient_id,encounter_id,note_status,note_codes,line,column,code,rule,severity,kind,message,evidence');
    const linted = rows.filter((row) => !row.includes(',unreadable,'));
    expect(linted.length).toBeGreaterThan(0);
    for (const row of linted) {
      expect(row).toMatch(/^bundle-synthea\.json,4d5e6f70-8192-4a3b-9c4d-5e6f7081920[12],5b1e7c3a-2f4d-4e8a-9c61-0d2b7f9a1e01,7c2d9e41-8a3b-4f5c-b6d7-1e2f3a4b5c6[12],(error|warning|info|ok),[A-Z0-9. ]*,\d*,\d*,/);
    }
    const unreadable = rows.filter((row) => row.includes(',unreadable,'));
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatch(/^bundle-synthea\.json,4d5e6f70-8192-4a3b-9c4d-5e6f70819203,.*Could not be read: unsupported content type application\/pdf/);
  });

  it('adds --code codes to the FHIR ones', async () => {
    const result = await run('--code', 'R54', 'document-reference-base64.json');
    expect(parseJson(result).results[0]!.codes).toEqual([{ code: 'R54', source: 'option' }]);
  });

  const bad: { file: string; error: RegExp }[] = [
    { file: 'malformed.json', error: /malformed JSON: / },
    { file: 'bundle-no-notes.json', error: /Bundle has no DocumentReference: no notes to lint/ },
    { file: 'patient-only.json', error: /unsupported FHIR resource Patient/ },
    { file: 'document-reference-html.json', error: /unsupported content type text\/html/ },
  ];
  it.each(bad)('reports $file with a clear reason, lints the rest, and exits 2', async ({ file, error }) => {
    const result = await run(file, 'document-reference-base64.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`note-lint: ${file.replace('.', '\\.')}.*: ${error.source}`));
    const [failed, linted] = parseJson(result).results;
    expect(failed!.error).toMatch(error);
    expect(failed!.diagnostics).toEqual([]);
    expect(linted!.error).toBeUndefined();
  });
});
