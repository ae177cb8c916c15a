import type { CareSetting } from '../../engine/types.ts';

interface Props {
  setting: CareSetting;
  onChange: (setting: CareSetting) => void;
}

const CHOICES: { value: CareSetting; label: string; explanation: string }[] = [
  {
    value: 'outpatient',
    label: 'Outpatient',
    explanation: 'Probable, suspected or “rule out” diagnoses are not coded; the symptom is (Guidelines IV.H).',
  },
  {
    value: 'inpatient',
    label: 'Inpatient',
    explanation: 'Uncertain diagnoses documented at discharge are coded as if confirmed (Guidelines II.H).',
  },
];

export function CareSettingSection({ setting, onChange }: Props) {
  return (
    <section class="card" aria-labelledby="setting-heading">
      <h2 id="setting-heading">Care setting</h2>
      <fieldset>
        <legend class="visually-hidden">Care setting</legend>
        {CHOICES.map((choice) => (
          <div key={choice.value} class="radio">
            <input
              type="radio"
              id={`setting-${choice.value}`}
              name="care-setting"
              value={choice.value}
              checked={setting === choice.value}
              aria-describedby={`setting-${choice.value}-explanation`}
              onChange={() => onChange(choice.value)}
            />
            <label for={`setting-${choice.value}`}>{choice.label}</label>
            <p id={`setting-${choice.value}-explanation`} class="muted">
              {choice.explanation}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
