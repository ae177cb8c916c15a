/**
 * The administrator's policy as the background and the content script follow it (ManagedValue):
 * Chromium answers the first storage.managed read after the browser starts only after seconds, so
 * the copy kept from the last read answers first, and the live policy replaces it when it differs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ManagedValue, MANAGED_PACKS_KEY, MANAGED_SITES_KEY } from '../../../src/settings/store.ts';

const COPY_KEY = 'managedPolicyCopy';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Managed storage that answers only when `answer()` is called, as Chromium does after it starts. */
function slowManagedStorage() {
  const realGet = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys?: unknown) => {
    await gate;
    return realGet(keys as never);
  });
  return { answer: release };
}

describe('ManagedValue', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('answers at once with the copy of the last read while managed storage has not answered', async () => {
    await fakeBrowser.storage.local.set({ [COPY_KEY]: { packs: { anemia: false } } });
    await fakeBrowser.storage.managed.set({ packs: { anemia: false } });
    const slow = slowManagedStorage();
    const packs = new ManagedValue(MANAGED_PACKS_KEY);
    expect(await packs.current()).toEqual({ anemia: false });
    let confirmed = false;
    void packs.confirmed().then(() => (confirmed = true));
    await flush();
    expect(confirmed).toBe(false);
    slow.answer();
    expect(await packs.confirmed()).toEqual({ anemia: false });
    packs.stop();
  });

  it('answers with no policy at once when there is neither a copy nor an answer yet', async () => {
    slowManagedStorage();
    const sites = new ManagedValue(MANAGED_SITES_KEY);
    expect(await sites.current()).toEqual([]);
    sites.stop();
  });

  it('reports the live policy when it differs from the copy, and keeps it as the new copy', async () => {
    await fakeBrowser.storage.local.set({ [COPY_KEY]: { packs: { anemia: false } } });
    await fakeBrowser.storage.managed.set({ packs: { anemia: true, aki: false } });
    const slow = slowManagedStorage();
    const changes: unknown[] = [];
    const packs = new ManagedValue(MANAGED_PACKS_KEY, (value) => changes.push(value));
    expect(await packs.current()).toEqual({ anemia: false });
    slow.answer();
    expect(await packs.confirmed()).toEqual({ anemia: true, aki: false });
    expect(changes).toEqual([{ anemia: true, aki: false }]);
    await flush();
    expect((await fakeBrowser.storage.local.get(COPY_KEY))[COPY_KEY]).toEqual({ packs: { anemia: true, aki: false } });
    packs.stop();
  });

  it('reports nothing when the live policy is the copy', async () => {
    await fakeBrowser.storage.local.set({ [COPY_KEY]: { enabledSites: ['https://ehr.example.org'] } });
    await fakeBrowser.storage.managed.set({ enabledSites: ['https://ehr.example.org/chart'] });
    const changes: unknown[] = [];
    const sites = new ManagedValue(MANAGED_SITES_KEY, (value) => changes.push(value));
    expect(await sites.confirmed()).toEqual(['https://ehr.example.org']);
    expect(changes).toEqual([]);
    sites.stop();
  });

  it('follows a policy that changes later, and stops following when stopped', async () => {
    const changes: unknown[] = [];
    const packs = new ManagedValue(MANAGED_PACKS_KEY, (value) => changes.push(value));
    expect(await packs.confirmed()).toEqual({});
    await fakeBrowser.storage.managed.set({ packs: { malnutrition: false } });
    await flush();
    expect(changes).toEqual([{ malnutrition: false }]);
    expect(packs.value).toEqual({ malnutrition: false });
    packs.stop();
    await fakeBrowser.storage.managed.set({ packs: { malnutrition: true } });
    await flush();
    expect(changes).toHaveLength(1);
  });

  it('validates the copy like the policy: an invalid copy counts as no policy', async () => {
    await fakeBrowser.storage.local.set({ [COPY_KEY]: { enabledSites: ['not a url', 7], packs: 'all' } });
    slowManagedStorage();
    const sites = new ManagedValue(MANAGED_SITES_KEY);
    const packs = new ManagedValue(MANAGED_PACKS_KEY);
    expect(await sites.current()).toEqual([]);
    expect(await packs.current()).toEqual({});
    sites.stop();
    packs.stop();
  });
});
