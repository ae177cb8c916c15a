/** Hand-built engine results for rendering tests: the UI is tested against the result contract, not the engine. */
import type { ChosenCode, CodeChecklist, Diagnostic, LintResult } from '../../../src/engine/types.ts';
import type { FieldState, TabState } from '../../../src/messaging/protocol.ts';

export const NOTE = 'HPI: Patient feels weak for 3 weeks.\nExam: Strength 4/5 proximal legs.\nAssessment: Muscle weakness (M62.81)';

export function code(partial: Partial<ChosenCode> & Pick<ChosenCode, 'code'>): ChosenCode {
  return { source: 'note', title: null, known: true, billable: true, ...partial };
}

export function diagnostic(partial: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'severity' | 'message'>): Diagnostic {
  return {
    kind: 'lacking-evidence',
    code: null,
    start: 0,
    end: 1,
    evidence: [],
    suggestedCodes: [],
    documentationHint: null,
    query: null,
    sources: [],
    ...partial,
  };
}

export function result(partial: Partial<LintResult> = {}): LintResult {
  return {
    version: 1,
    length: NOTE.length,
    sections: [],
    sentences: [],
    findings: [],
    codes: [],
    checklists: [],
    diagnostics: [],
    ...partial,
  };
}

export function field(partial: Partial<FieldState> = {}): FieldState {
  return {
    fieldKey: '0:f1',
    frameId: 0,
    fieldId: 'f1',
    kind: 'textarea',
    revision: 1,
    text: NOTE,
    textLength: NOTE.length,
    label: '',
    result: result(),
    updatedAt: 1,
    ...partial,
  };
}

export function tabState(partial: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    origin: 'https://ehr.example.org',
    siteEnabled: true,
    siteManaged: false,
    contentScriptPresent: true,
    pageUrl: 'https://ehr.example.org/chart',
    codes: [],
    display: { pageDisplay: 'errors-and-warnings', evidenceView: false },
    fields: [],
    ...partial,
  };
}

const m6281 = NOTE.indexOf('M62.81');
const exam = NOTE.indexOf('Strength 4/5 proximal legs');

/** A realistic weak-patient result: M62.81 with one met and one missing requirement, three diagnostics. */
export const WEAK_PATIENT: LintResult = result({
  codes: [
    code({ code: 'M62.81', title: 'Muscle weakness (generalized)', start: m6281, end: m6281 + 6 }),
    code({ code: 'R53.1', title: 'Weakness', source: 'session' }),
  ],
  checklists: [
    {
      code: 'M62.81',
      title: 'Muscle weakness (generalized)',
      items: [
        {
          requirement: 'objective-strength',
          label: 'Measured reduced strength',
          met: true,
          evidence: [{ start: exam, end: exam + 26, findingId: 1, type: 'strength-grade', text: 'Strength 4/5 proximal legs' }],
          hint: 'a graded strength exam',
        },
        {
          requirement: 'treatment-plan',
          label: 'Treatment plan',
          met: false,
          evidence: [],
          hint: 'PT/OT referral or a therapeutic exercise plan',
        },
      ],
    } satisfies CodeChecklist,
  ],
  diagnostics: [
    diagnostic({
      ruleId: 'treatment-plan',
      severity: 'warning',
      code: 'M62.81',
      message: 'M62.81 needs a treatment plan.',
      start: m6281,
      end: m6281 + 6,
      // The engine gives a lacking-evidence flag the hint of the checklist item it is about.
      documentationHint: 'PT/OT referral or a therapeutic exercise plan',
      sources: ['Seed 000'],
    }),
    diagnostic({
      ruleId: 'excludes1-conflict',
      severity: 'error',
      kind: 'conflicting-codes',
      code: 'R53.1',
      message: 'R53.1 and M62.81 may not be reported together (Excludes1).',
      start: m6281,
      end: m6281 + 6,
      sources: ['ICD-10-CM FY2026 tabular, R53.1 Excludes1'],
      suggestedCodes: [{ code: 'M62.81', title: 'Muscle weakness (generalized)', reason: 'strength is graded' }],
    }),
    diagnostic({
      ruleId: 'abnormal-lab-without-dx',
      severity: 'info',
      kind: 'possible-dx',
      message: 'Low potassium without a documented diagnosis.',
      start: 0,
      end: 3,
      query: 'Potassium 3.1 mEq/L is documented. Please clarify the clinical significance: hypokalemia; other (please specify); clinically undetermined.',
      evidence: [{ start: 5, end: 23, findingId: 0, type: 'weakness', text: 'Patient feels weak' }],
    }),
  ],
});
