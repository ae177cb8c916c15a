import { rulePageUrl } from './citations.ts';

interface Props {
  ruleId: string;
}

/** The rule's id, linking to its page (a new tab): what it checks, why, and how to switch it off. */
export function RuleLink({ ruleId }: Props) {
  const url = rulePageUrl(ruleId);
  if (url === null) return <span class="rule-id">{ruleId}</span>;
  return (
    <a class="rule-id" href={url} target="_blank" rel="noreferrer noopener" title="What this rule checks and why">
      {ruleId}
    </a>
  );
}
