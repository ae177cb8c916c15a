import type { Diagnostic, Severity } from '../engine/types.ts';

/** Most serious first: the order the popup lists diagnostic groups in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_LABEL: Record<Severity, { one: string; many: string }> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'info', many: 'infos' },
};

export interface SeverityGroup {
  severity: Severity;
  diagnostics: Diagnostic[];
}

/** Non-empty groups in SEVERITY_ORDER; within a group, note order (by start offset). */
export function groupBySeverity(diagnostics: readonly Diagnostic[]): SeverityGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    diagnostics: diagnostics.filter((d) => d.severity === severity).sort((a, b) => a.start - b.start),
  })).filter((group) => group.diagnostics.length > 0);
}

export function countLabel(severity: Severity, count: number): string {
  const label = SEVERITY_LABEL[severity];
  return `${count} ${count === 1 ? label.one : label.many}`;
}
