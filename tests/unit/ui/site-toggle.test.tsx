// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteToggle } from '../../../src/ui/popup/SiteToggle.tsx';
import { buttonByText, click, mount, type Mounted } from './render.ts';

const ORIGIN = 'https://ehr.example.org';
let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

function open(enabled: boolean, managed: boolean, busy = false) {
  const onEnable = vi.fn();
  const onDisable = vi.fn();
  return mount(<SiteToggle origin={ORIGIN} enabled={enabled} managed={managed} busy={busy} onEnable={onEnable} onDisable={onDisable} />).then(
    (m) => {
      mounted = m;
      return { root: m.container, onEnable, onDisable };
    },
  );
}

describe('SiteToggle', () => {
  it('offers "Disable on this site" where the user enabled it', async () => {
    const { root, onEnable, onDisable } = await open(true, false);
    await click(buttonByText(root, 'Disable on this site'));
    expect(onDisable).toHaveBeenCalledWith(ORIGIN);
    expect(onEnable).not.toHaveBeenCalled();
    expect(root.textContent).toContain(ORIGIN);
  });

  it('offers "Enable on this site" where it is off', async () => {
    const { root, onEnable } = await open(false, false);
    await click(buttonByText(root, 'Enable on this site'));
    expect(onEnable).toHaveBeenCalledWith(ORIGIN);
  });

  it('offers no button where the administrator enabled it, and says so', async () => {
    const { root } = await open(true, true);
    expect(root.querySelector('button')).toBeNull();
    expect(root.textContent).toContain('by your administrator');
  });

  it('waits while a change is saved', async () => {
    const { root } = await open(true, false, true);
    expect(root.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
  });
});
