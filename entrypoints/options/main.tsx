import { render } from 'preact';
import { ANALYTES, PACKS, RULES } from '../../src/ui/options/catalog.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import { extensionStore } from '../../src/ui/options/options-store.ts';
import '../../src/ui/theme.css';

render(<OptionsApp store={extensionStore} rules={RULES} analytes={ANALYTES} packs={PACKS} />, document.getElementById('app')!);
