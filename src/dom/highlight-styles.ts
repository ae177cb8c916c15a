/** The look of note-lint's marks, shared by the CSS Custom Highlight rules and the textarea mirror. */
import type { Severity } from '../engine/types.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Names registered in `CSS.highlights` (a public contract, see architecture.md). */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'note-lint-error',
  warning: 'note-lint-warning',
  info: 'note-lint-info',
};
/** A short-lived highlight for "show in note". */
export const FLASH_HIGHLIGHT = 'note-lint-flash';
/** The evidence view: findings note-lint recognised, marked subtly under the problems. */
export const EVIDENCE_HIGHLIGHT = 'note-lint-evidence';
const EVIDENCE_DECLARATIONS = 'text-decoration: underline dotted rgba(46, 125, 50, 0.85); text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(46, 125, 50, 0.06);';

export const MARK_COLORS: Record<Severity, { line: string; fill: string }> = {
  error: { line: '#d32f2f', fill: 'rgba(211, 47, 47, 0.14)' },
  warning: { line: '#e08600', fill: 'rgba(224, 134, 0, 0.14)' },
  info: { line: '#1a73e8', fill: 'rgba(26, 115, 232, 0.12)' },
};
export const FLASH_FILL = 'rgba(255, 214, 0, 0.55)';

function markDeclarations(severity: Severity): string {
  const { line, fill } = MARK_COLORS[severity];
  return `background-color: ${fill}; text-decoration: underline wavy ${line}; text-decoration-skip-ink: none;`;
}

/** `::highlight()` rules for a document or shadow root that holds linted text. */
export function highlightCss(): string {
  return [
    ...SEVERITIES.map((s) => `::highlight(${HIGHLIGHT_NAMES[s]}) { ${markDeclarations(s)} }`),
    `::highlight(${EVIDENCE_HIGHLIGHT}) { ${EVIDENCE_DECLARATIONS} }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: ${FLASH_FILL}; }`,
  ].join('\n');
}

/** Class names of mirror marks inside the extension's own shadow UI. */
export function mirrorMarkCss(): string {
  return [
    ...SEVERITIES.map((s) => `.mark-${s} { ${markDeclarations(s)} }`),
    `.mark-evidence { ${EVIDENCE_DECLARATIONS} }`,
    `.mark-flash { background-color: ${FLASH_FILL}; }`,
  ].join('\n');
}
