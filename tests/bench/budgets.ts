/**
 * The performance budgets of issue 4, checked against the flat report keys. A budget whose
 * measurement is missing (no build, no Chromium) is "n/a": reported, never counted as a pass or fail.
 */

export interface Budget {
  key: string;
  label: string;
  /** Passes when value <= limit. */
  limit: number;
  unit: 'ms' | 'bytes' | 'ratio' | 'count';
}

export const CONTENT_SCRIPT_GZIP_LIMIT = 30 * 1024;

export const BUDGETS: readonly Budget[] = [
  { key: 'p95_ms_3k', label: 'lint 3k note, p95', limit: 5, unit: 'ms' },
  { key: 'p95_ms_10k', label: 'lint 10k note, p95', limit: 15, unit: 'ms' },
  { key: 'ms_1mb', label: 'lint 1 MB note', limit: 1_500, unit: 'ms' },
  { key: 'ratio_vs_compromise', label: 'lint / compromise parse', limit: 1.0, unit: 'ratio' },
  { key: 'ratio_all_packs_vs_one', label: 'lint with all packs / with the weakness pack only', limit: 1.3, unit: 'ratio' },
  { key: 'adversarial_max_ms', label: 'slowest adversarial 100 KB input', limit: 1_000, unit: 'ms' },
  { key: 'adversarial_growth_max', label: 'worst growth, adversarial family 100 KB -> 200 KB', limit: 3, unit: 'ratio' },
  { key: 'content_script_gzip_bytes', label: 'content script, gzip', limit: CONTENT_SCRIPT_GZIP_LIMIT, unit: 'bytes' },
  { key: 'keystroke_p95_ms_10k', label: 'keystroke to highlights, 10k, p95', limit: 150, unit: 'ms' },
  { key: 'cold_start_ms', label: 'cold start to first highlights', limit: 500, unit: 'ms' },
  { key: 'long_tasks_while_typing', label: 'page long tasks (> 50 ms) while typing', limit: 0, unit: 'count' },
];

export type BudgetStatus = 'pass' | 'fail' | 'n/a';

export interface BudgetResult extends Budget {
  value: number | null;
  status: BudgetStatus;
}

export function checkBudgets(flat: Readonly<Record<string, number | null | undefined>>): BudgetResult[] {
  return BUDGETS.map((budget) => {
    const value = flat[budget.key];
    if (value === null || value === undefined || !Number.isFinite(value)) return { ...budget, value: null, status: 'n/a' };
    return { ...budget, value, status: value <= budget.limit ? 'pass' : 'fail' };
  });
}

export function anyBudgetFailed(results: readonly BudgetResult[]): boolean {
  return results.some((result) => result.status === 'fail');
}
