import type { CodeStatus } from '../popup/encounter-view.ts';

/** The status words and the tag colour each status wears. */
export const CODE_STATUS: Record<CodeStatus, { label: string; tag: 'ok' | 'warning' | 'error' }> = {
  supported: { label: 'supported', tag: 'ok' },
  gaps: { label: 'gaps', tag: 'warning' },
  conflict: { label: 'conflict', tag: 'error' },
  invalid: { label: 'invalid code', tag: 'error' },
};

export function problemCountLabel(count: number): string {
  return count === 0 ? 'no problems' : `${count} ${count === 1 ? 'problem' : 'problems'}`;
}
