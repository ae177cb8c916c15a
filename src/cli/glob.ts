/**
 * A small glob matcher for --glob and --ignore (Node 20 has no fs.glob or path.matchesGlob):
 * `*` and `?` within one path segment, `**` across segments, `[abc]` classes and `{a,b}` choices.
 * A pattern without "/" matches a file or folder name at any depth, like a .gitignore line.
 */

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      out += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (char === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
      } else {
        out += `(?:${pattern.slice(i + 1, close).split(',').map(translate).join('|')})`;
        i = close;
      }
    } else {
      out += escapeRegExp(char);
    }
  }
  return out;
}

export type GlobMatcher = (relativePath: string) => boolean;

/** Matches "/"-separated paths relative to the folder being searched. */
export function compileGlob(pattern: string): GlobMatcher {
  const trimmed = pattern.replace(/^\.\//, '').replace(/(?<!\/)\/+$/, '');
  const anyDepth = !trimmed.includes('/');
  const regex = new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${translate(trimmed)}$`);
  return (relativePath) => regex.test(relativePath);
}

export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const matchers = patterns.map(compileGlob);
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}
