/**
 * The public JSON contract (architecture.md): {"version":1,"results":[{file, codes, setting, findings,
 * diagnostics}]}, plus "fhir" ids for notes from FHIR and "error" for inputs that could not be read
 * (with empty arrays, so consumers need no special case). Fields are picked, not spread, so internal
 * fields of the engine's result never leak into the contract.
 */
import type { Diagnostic, Finding } from '../../engine/types.ts';
import type { NoteReport } from '../lint-input.ts';

function finding(f: Finding) {
  return { type: f.type, text: f.text, start: f.start, end: f.end, section: f.section, assertion: f.assertion, attributes: f.attributes };
}

function diagnostic(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    kind: d.kind,
    code: d.code,
    message: d.message,
    start: d.start,
    end: d.end,
    evidence: d.evidence,
    suggestedCodes: d.suggestedCodes,
    documentationHint: d.documentationHint,
    query: d.query,
    sources: d.sources,
  };
}

function result(report: NoteReport) {
  const r = report.result;
  return {
    file: report.file,
    ...(report.fhir ? { fhir: report.fhir } : {}),
    ...(report.error !== undefined ? { error: report.error } : {}),
    codes: r ? r.codes.map((c) => ({ code: c.code, source: c.source })) : [],
    // The care setting the rules followed: {value, source: option|note|default, evidence?}.
    ...(r?.setting ? { setting: r.setting } : {}),
    findings: r ? r.findings.map(finding) : [],
    diagnostics: r ? r.diagnostics.map(diagnostic) : [],
  };
}

export function formatJson(reports: readonly NoteReport[]): string {
  return `${JSON.stringify({ version: 1, results: reports.map(result) }, null, 2)}\n`;
}
