import { lint } from './src/engine/index.ts';
import { generateCorpus } from './tests/bench/corpus/generate.ts';
const c = generateCorpus();
const base = c.find(n => n.sizeClass === '3k')!.text;
for (const k of [1, 2, 4, 8, 16, 32]) {
  const text = Array(k).fill(base).join('\n\n');
  lint(text);
  const t: number[] = [];
  for (let i = 0; i < 3; i++) { const s = performance.now(); lint(text); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(k, text.length, t[1]!.toFixed(2), (t[1]! / k).toFixed(2), 'ms per copy');
}
