// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { EvidenceToggle } from '../../../src/ui/popup/EvidenceToggle.tsx';
import { mount, settle, type Mounted } from './render.ts';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

async function toggle(input: HTMLInputElement) {
  await act(async () => {
    input.checked = !input.checked;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('EvidenceToggle', () => {
  it.each([
    [false, true],
    [true, false],
  ])('a labelled switch that is %s asks to become %s', async (checked, asked) => {
    const onChange = vi.fn();
    mounted = await mount(<EvidenceToggle checked={checked} onChange={onChange} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[role=switch]')!;
    expect(input.checked).toBe(checked);
    expect(mounted.container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Show what note-lint recognised');
    expect(mounted.container.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toContain('strength grades');
    await toggle(input);
    expect(onChange).toHaveBeenCalledWith(asked);
  });

  it('waits while a change is saved', async () => {
    mounted = await mount(<EvidenceToggle checked={false} busy onChange={vi.fn()} />);
    expect(mounted.container.querySelector<HTMLInputElement>('input')!.disabled).toBe(true);
  });
});
