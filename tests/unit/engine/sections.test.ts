import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';

const sectionIds = (text: string) => analyze(text, defaultLexicon()).sections.map((s) => s.id);

describe('sections', () => {
  it.each([
    { name: 'colon headers', text: 'HPI: weak.\nPMH: HTN\nPlan: CBC', ids: ['hpi', 'pmh', 'plan'] },
    { name: 'all caps alone on a line', text: 'HISTORY OF PRESENT ILLNESS\nWeak.\nASSESSMENT AND PLAN\nR53.1', ids: ['hpi', 'assessment-plan'] },
    { name: 'SOAP letters with colons', text: 'S: tired\nO: 4/5\nA: weakness\nP: labs', ids: ['hpi', 'exam', 'assessment', 'plan'] },
    { name: 'markdown headers', text: '## Subjective\nweak\n**Assessment:** R53.1', ids: ['hpi', 'assessment'] },
    { name: 'numbered headers', text: '1. Assessment: weakness\n2. Plan: PT', ids: ['assessment', 'plan'] },
    { name: 'inline bold headers', text: '**Subjective**: tired **Objective**: 4/5 **Labs**: CK 1,200', ids: ['hpi', 'exam', 'labs'] },
    { name: 'preamble before the first header', text: 'Seen today.\nPlan: PT', ids: ['preamble', 'plan'] },
    { name: 'prose is not a header', text: 'Assessment of gait was limited.\nPlan for the week was discussed', ids: ['preamble'] },
    { name: 'one-letter header needs a colon', text: 'A\nP\n', ids: ['preamble'] },
    { name: 'family and instructions', text: 'Family history: mother with MS\nPatient instructions: return if worse', ids: ['family-history', 'instructions'] },
  ])('$name', ({ text, ids }) => {
    expect(sectionIds(text)).toEqual(ids);
  });

  it('sections tile the text from the first header to the end', () => {
    const text = 'CC: weak\r\nHPI: 3 weeks\r\nPlan: TSH\r\n';
    const { sections } = analyze(text, defaultLexicon());
    expect(sections[0]!.start).toBe(0);
    expect(sections.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.start).toBe(sections[i - 1]!.end);
    expect(sections.map((s) => text.slice(s.headerStart, s.headerEnd))).toEqual(['CC:', 'HPI:', 'Plan:']);
  });
});

describe('sentences', () => {
  const sentences = (text: string) => analyze(text, defaultLexicon()).sentences.map((s) => text.slice(s.start, s.end));

  it.each([
    { name: 'periods', text: 'Feels weak. Denies fever.', out: ['Feels weak.', 'Denies fever.'] },
    { name: 'decimals do not split', text: 'K 3.1 today. Na 128.', out: ['K 3.1 today.', 'Na 128.'] },
    { name: 'abbreviations do not split', text: 'Seen by Dr. Smith today.', out: ['Seen by Dr. Smith today.'] },
    { name: 'an acronym ends a sentence', text: 'Mother with MS. Strength 5/5 throughout.', out: ['Mother with MS.', 'Strength 5/5 throughout.'] },
    { name: 'a title before a name does not', text: 'Discussed with Ms. Jones.', out: ['Discussed with Ms. Jones.'] },
    { name: 'list lines split', text: '- CBC\n- TSH\n- CK', out: ['- CBC', '- TSH', '- CK'] },
    { name: 'wrapped lines join', text: 'Strength is 4/5 in the\nproximal muscles.', out: ['Strength is 4/5 in the\nproximal muscles.'] },
    { name: 'blank line splits', text: 'weak\n\nmore', out: ['weak', 'more'] },
    { name: 'headers are their own sentence', text: 'HPI: weak for 2 weeks', out: ['HPI:', 'weak for 2 weeks'] },
  ])('$name', ({ text, out }) => {
    expect(sentences(text)).toEqual(out);
  });
});
