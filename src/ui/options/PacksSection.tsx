import type { PackInfo } from '../../engine/rules/packs.ts';

/** A pack as the options page lists it: the engine's pack info and how many rules it has. */
export interface PackOption extends PackInfo {
  ruleCount: number;
}

interface Props {
  packs: readonly PackOption[];
  /** The user's switches by pack id; a pack not listed is on. */
  switches: Readonly<Record<string, boolean>>;
  /** The administrator's switches: they win, and the user cannot change them. */
  managed: Readonly<Record<string, boolean>>;
  onChange: (packId: string, enabled: boolean) => void;
}

/** Condition packs: each one switches all of its rules on or off at once. */
export function PacksSection({ packs, switches, managed, onChange }: Props) {
  return (
    <section class="card" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Condition packs</h2>
      <p class="muted">
        Each pack checks the documentation of one family of conditions. A pack that is off reports nothing, whatever its
        rules’ levels below.
      </p>
      {packs.length === 0 ? <p class="muted">No condition packs are available in this build.</p> : null}
      {packs.map((pack) => {
        const lockedByPolicy = managed[pack.id] !== undefined;
        const enabled = (lockedByPolicy ? managed[pack.id] : switches[pack.id]) !== false;
        const checkboxId = `pack-on-${pack.id}`;
        const explanationId = `pack-explanation-${pack.id}`;
        return (
          <div key={pack.id} class="checkbox">
            <input
              type="checkbox"
              id={checkboxId}
              checked={enabled}
              disabled={lockedByPolicy}
              aria-describedby={explanationId}
              onChange={(event) => onChange(pack.id, event.currentTarget.checked)}
            />
            <label for={checkboxId}>{pack.title}</label>
            {lockedByPolicy ? <span class="tag">set by your administrator</span> : null}
            <p id={explanationId} class="muted">
              {pack.description ? `${pack.description} ` : ''}
              {pack.ruleCount === 1 ? '1 rule' : `${pack.ruleCount} rules`}.
            </p>
          </div>
        );
      })}
    </section>
  );
}
