import type { DiagnosticKind, Severity, SeverityOrOff } from '../../engine/types.ts';

/** What the options page needs of a rule: the `meta` of the engine's rule registry. */
export interface RuleInfo {
  id: string;
  kind: DiagnosticKind;
  severity: Severity;
  description: string;
}

interface Props {
  rules: readonly RuleInfo[];
  /** The user's overrides by rule id; a rule without one runs at its default severity. */
  levels: Readonly<Record<string, SeverityOrOff>>;
  onChange: (ruleId: string, level: SeverityOrOff | 'default') => void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function RulesSection({ rules, levels, onChange }: Props) {
  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      {rules.length === 0 ? <p class="muted">No rules are available in this build.</p> : null}
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const level = levels[rule.id] ?? rule.severity;
            const enabled = level !== 'off';
            const severity = enabled ? level : rule.severity;
            const checkboxId = `rule-on-${rule.id}`;
            const selectId = `rule-severity-${rule.id}`;
            return (
              <tr key={rule.id}>
                <td>
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={enabled}
                    aria-label={`Enable ${rule.id}`}
                    onChange={(event) => onChange(rule.id, event.currentTarget.checked ? 'default' : 'off')}
                  />
                </td>
                <td>
                  <label for={checkboxId} class="rule-id">
                    {rule.id}
                  </label>
                  <div class="muted">{rule.description}</div>
                </td>
                <td>
                  <select
                    id={selectId}
                    aria-label={`Severity of ${rule.id}`}
                    disabled={!enabled}
                    value={severity}
                    onChange={(event) => {
                      const chosen = event.currentTarget.value as Severity;
                      onChange(rule.id, chosen === rule.severity ? 'default' : chosen);
                    }}
                  >
                    {SEVERITIES.map((option) => (
                      <option key={option} value={option}>
                        {option}
                        {option === rule.severity ? ' (default)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
