/** Every section header in lexicon/sections.yaml is recognised, in the styles notes write it. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';

const lexicon = defaultLexicon();
const headers = lexicon.data.sections.sections.flatMap((s) => s.headers.map((h) => ({ id: s.id, header: h })));
const ids = (text: string) => analyze(text, lexicon).sections.map((s) => s.id);

describe('every lexicon section header', () => {
  it.each(headers)('$header -> $id', ({ id, header }) => {
    expect(ids(`${header}: text follows\n`)).toEqual([id]);
    expect(ids(`Seen today.\n${header.toUpperCase()}:\ntext follows`)).toEqual(['preamble', id]);
    expect(ids(`**${header}**: text follows`)).toEqual([id]);
  });
});
