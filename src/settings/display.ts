/**
 * What the page shows of a result. The popup always has everything; in the page a provider may want
 * only errors, or errors and warnings (the default), or everything including infos.
 */
import type { Severity } from '../engine/types.ts';

export const PAGE_DISPLAYS = ['errors', 'errors-and-warnings', 'all'] as const;
export type PageDisplay = (typeof PAGE_DISPLAYS)[number];
export const DEFAULT_PAGE_DISPLAY: PageDisplay = 'errors-and-warnings';

export const PAGE_DISPLAY_LABELS: Record<PageDisplay, string> = {
  errors: 'Errors only',
  'errors-and-warnings': 'Errors and warnings',
  all: 'Everything (errors, warnings and notes)',
};

const SHOWN: Record<PageDisplay, readonly Severity[]> = {
  errors: ['error'],
  'errors-and-warnings': ['error', 'warning'],
  all: ['error', 'warning', 'info'],
};

/** True when the page marks a span whose most severe diagnostic has this severity. */
export function isShownInPage(severity: Severity, display: PageDisplay): boolean {
  return SHOWN[display].includes(severity);
}
