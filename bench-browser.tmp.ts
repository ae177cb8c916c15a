import { runBrowserBench } from './tests/bench/browser.ts';
import { readBuildSizes } from './tests/bench/build-sizes.ts';
import { generateCorpus } from './tests/bench/corpus/generate.ts';
const notes = generateCorpus();
const r = await runBrowserBench({ build: readBuildSizes('.output/chrome-mv3'), notes: { '3k': notes.find(n=>n.sizeClass==='3k')!.text, '10k': notes.find(n=>n.sizeClass==='10k')!.text }, edits: 3, log: (m) => console.error(m) });
console.log(JSON.stringify(r, null, 1));
