/**
 * `--corpus PATH`: a CSV export with a `transcription` column (MTSamples style) or a folder of .txt
 * notes. Notes are read into memory for the run and never written anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { csvColumn } from './csv.ts';

export interface LoadedNote {
  id: string;
  text: string;
}

export const TEXT_COLUMN = 'transcription';

export function loadCorpus(path: string): LoadedNote[] {
  const info = statSync(path);
  if (info.isDirectory()) {
    const files = readdirSync(path)
      .filter((name) => extname(name).toLowerCase() === '.txt')
      .sort();
    if (files.length === 0) throw new Error(`no .txt files in ${path}`);
    return files.map((name) => ({ id: name, text: readFileSync(join(path, name), 'utf8') }));
  }
  if (extname(path).toLowerCase() !== '.csv') throw new Error(`--corpus wants a .csv file or a folder of .txt files, got ${path}`);
  const texts = csvColumn(readFileSync(path, 'utf8'), TEXT_COLUMN);
  if (texts.length === 0) throw new Error(`no non-empty "${TEXT_COLUMN}" values in ${path}`);
  return texts.map((text, i) => ({ id: `${basename(path)}#${i + 1}`, text }));
}
