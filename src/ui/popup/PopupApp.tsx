import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Span } from '../../engine/types.ts';
import type { TabState } from '../../messaging/protocol.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { FieldPanel } from './FieldPanel.tsx';
import { EvidenceToggle } from './EvidenceToggle.tsx';
import { SiteToggle } from './SiteToggle.tsx';
import type { PopupClient } from './popup-client.ts';

interface Props {
  client: PopupClient;
  /** How often to re-read the tab state while the popup is open (the note may change under it). */
  refreshMs?: number;
}

type View = { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; tab: TabState };

export function PopupApp({ client, refreshMs = 1000 }: Props) {
  const [view, setView] = useState<View>({ status: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [fallbackOrigin, setFallbackOrigin] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mountedRef = useRef(true);

  const show = useCallback((tab: TabState) => {
    if (mountedRef.current) setView({ status: 'ready', tab });
  }, []);
  const fail = useCallback((error: unknown) => {
    if (mountedRef.current) setView({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }, []);

  useEffect(() => {
    mountedRef.current = true;
    const refresh = () => client.getTabState().then(show, fail);
    void refresh();
    void client.tabOrigin().then((origin) => mountedRef.current && setFallbackOrigin(origin));
    const timer = setInterval(refresh, refreshMs);
    return () => {
      mountedRef.current = false;
      clearInterval(timer);
    };
  }, [client, refreshMs, show, fail]);

  const run = async (action: () => Promise<TabState>) => {
    setBusy(true);
    try {
      show(await action());
    } catch (error) {
      setAnnouncement(error instanceof Error ? error.message : String(error));
    } finally {
      if (mountedRef.current) setBusy(false);
    }
  };

  const lintReadonly = async () => {
    const tab = await client.lintReadonly();
    const found = tab.fields.some((field) => field.kind === 'readonly' || field.kind === 'selection');
    setAnnouncement(found ? 'Linted the note on this page.' : 'No note text found. Select the note text in the page and try again.');
    return tab;
  };

  const reveal = (fieldKey: string, span: Span) => {
    client.reveal(fieldKey, span).then(
      (reply) => !reply.ok && setAnnouncement(reply.error ?? 'The note could not be scrolled to that text.'),
      (error: unknown) => setAnnouncement(String(error)),
    );
  };

  const copyQuery = (query: string) => {
    client.copyText(query).then(
      () => setAnnouncement('Query draft copied to the clipboard.'),
      () => setAnnouncement('Could not copy to the clipboard.'),
    );
  };

  const enableSite = async (origin: string) => {
    setBusy(true);
    try {
      const reply = await client.enableSite(origin);
      if (!reply.ok) setAnnouncement(reply.error ?? `Could not enable ${origin}.`);
      else {
        setAnnouncement(`note-lint is now enabled on ${origin}.`);
        show(await client.getTabState());
      }
    } catch (error) {
      setAnnouncement(error instanceof Error ? error.message : String(error));
    } finally {
      if (mountedRef.current) setBusy(false);
    }
  };

  return (
    <main class="popup" aria-busy={view.status === 'loading' || busy}>
      <header class="popup-header">
        <h1>note-lint</h1>
        <button type="button" class="link" onClick={() => void client.openOptions()}>
          Options
        </button>
      </header>
      <Body
        view={view}
        fallbackOrigin={fallbackOrigin}
        busy={busy}
        onEnable={(origin) => void enableSite(origin)}
        onLintReadonly={() => void run(lintReadonly)}
        onReveal={reveal}
        onAddCode={(code) => void run(() => client.addCode(code))}
        onRemoveCode={(code) => void run(() => client.removeCode(code))}
        onCopyQuery={copyQuery}
      />
      {view.status === 'ready' && view.tab.siteEnabled ? (
        // What the page shows and whether note-lint runs here: settings, after the note's results.
        <footer class="popup-footer">
          <EvidenceToggle checked={view.tab.display.evidenceView} busy={busy} onChange={(on) => void run(async () => (await client.setEvidenceView(on), client.getTabState()))} />
          {view.tab.origin ? <SiteToggle origin={view.tab.origin} enabled managed={view.tab.siteManaged} busy={busy} onEnable={(origin) => void enableSite(origin)} onDisable={(origin) => void run(async () => (await client.disableSite(origin), client.getTabState()))} /> : null}
        </footer>
      ) : null}
      <p class="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}

interface BodyProps {
  view: View;
  fallbackOrigin: string | null;
  busy: boolean;
  onEnable: (origin: string) => void;
  onLintReadonly: () => void;
  onReveal: (fieldKey: string, span: Span) => void;
  onAddCode: (code: string) => void;
  onRemoveCode: (code: string) => void;
  onCopyQuery: (query: string) => void;
}

function Body({ view, fallbackOrigin, busy, onEnable, onLintReadonly, ...fieldActions }: BodyProps) {
  if (view.status === 'loading') return <p class="muted">Reading this tab…</p>;
  if (view.status === 'failed') {
    return (
      <EmptyState title="note-lint could not read this tab">
        <p>{view.error}</p>
      </EmptyState>
    );
  }
  const { tab } = view;
  const origin = tab.origin ?? fallbackOrigin;
  if (!tab.siteEnabled) {
    if (origin === null) {
      return (
        <EmptyState title="note-lint cannot run on this page">
          <p>It works on web pages (http and https). If this is one, reload the page and open note-lint again.</p>
        </EmptyState>
      );
    }
    return (
      <EmptyState title="note-lint is not enabled on this site">
        <p>
          It reads nothing on <span class="origin">{origin}</span> until you enable it.
        </p>
        <button type="button" class="primary" disabled={busy} onClick={() => onEnable(origin)}>
          Enable on this site
        </button>
      </EmptyState>
    );
  }
  const lintButton = (
    <button type="button" disabled={busy} onClick={onLintReadonly}>
      Lint this note
    </button>
  );
  if (tab.fields.length === 0) {
    return (
      <EmptyState title="No note field found on this page">
        <p>
          {tab.contentScriptPresent
            ? 'For a note shown as read-only text, select it (or not) and lint it here.'
            : 'The page was loaded before note-lint could see it: reload the page, then open note-lint again.'}
        </p>
        {tab.contentScriptPresent ? lintButton : null}
      </EmptyState>
    );
  }
  const latest = tab.fields.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  return (
    <>
      {tab.fields.map((field) => (
        <FieldPanel key={field.fieldKey} field={field} expanded={field.fieldKey === latest.fieldKey} {...fieldActions} />
      ))}
      <p class="footer-actions">{lintButton}</p>
    </>
  );
}
