import { ruleDocUrl } from '../rule-docs.ts';

interface Props {
  ruleId: string;
}

/** The rule's page inside the extension, or null when there is none (not a rule id, no extension runtime). */
function rulePage(ruleId: string): string | null {
  try {
    return ruleDocUrl(ruleId);
  } catch {
    return null;
  }
}

/** The rule's id, linking to its page (a new tab): what it checks, why, its sources, and how to switch it off. */
export function RuleLink({ ruleId }: Props) {
  const url = rulePage(ruleId);
  if (url === null) return <span class="rule-id">{ruleId}</span>;
  return (
    <a class="rule-id" href={url} target="_blank" rel="noreferrer noopener" title="What this rule checks, and its sources">
      {ruleId}
    </a>
  );
}
