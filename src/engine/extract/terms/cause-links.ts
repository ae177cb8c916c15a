// Placeholder until cause-link extraction lands.
import type { Doc } from '../../document.ts';
import type { Finding } from '../../types.ts';

export function linkCauses(_doc: Doc, _findings: Finding[]): void {}
