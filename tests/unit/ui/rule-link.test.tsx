// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleLink } from '../../../src/ui/components/RuleLink.tsx';
import { mount, type Mounted } from './render.ts';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  vi.unstubAllGlobals();
});

describe('RuleLink', () => {
  it.each([
    { ruleId: 'excludes1-conflict', href: 'chrome-extension://abc/rules/excludes1-conflict.html' },
    { ruleId: 'objective-weakness-on-r53.1', href: 'chrome-extension://abc/rules/objective-weakness-on-r53.1.html' },
    { ruleId: '../../etc/passwd', href: null },
    { ruleId: 'javascript:alert(1)', href: null },
    { ruleId: '<b>x</b>', href: null },
  ])('links $ruleId to its page inside the extension ($href)', async ({ ruleId, href }) => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` } });
    mounted = await mount(<RuleLink ruleId={ruleId} />);
    const element = mounted.container.querySelector('.rule-id')!;
    expect(element.textContent).toBe(ruleId);
    expect(element.getAttribute('href')).toBe(href);
    if (href) expect(element.getAttribute('target')).toBe('_blank');
  });

  it('shows the rule id without a link outside the extension', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    mounted = await mount(<RuleLink ruleId="workup-plan" />);
    expect(mounted.container.querySelector('a')).toBeNull();
    expect(mounted.container.textContent).toBe('workup-plan');
  });
});
