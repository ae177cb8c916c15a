import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp.tsx';
import { createRuntimeClient, resolveTabId } from '../../src/ui/popup/popup-client.ts';
import '../../src/ui/theme.css';

const root = document.getElementById('app')!;

resolveTabId(location.search).then(
  (tabId) => render(<PopupApp client={createRuntimeClient(tabId)} />, root),
  (error: unknown) => {
    root.textContent = `note-lint could not find the tab: ${error instanceof Error ? error.message : String(error)}`;
  },
);
