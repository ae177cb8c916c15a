/**
 * Where a rule's page lives: `docs/rules/<rule-id>.md` in the project's repository. One constant,
 * so the hover card and the popup link to the same place and a fork changes one line.
 */
export const RULE_DOCS_BASE_URL = 'https://github.com/note-lint/note-lint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
}
