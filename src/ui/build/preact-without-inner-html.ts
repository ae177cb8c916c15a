/**
 * A Vite plugin that takes the one `innerHTML` assignment out of Preact's bundled runtime.
 *
 * Preact assigns `dom.innerHTML = props.dangerouslySetInnerHTML.__html` when a component asks for
 * raw HTML. note-lint never does (every note string is rendered as a text node), but the assignment
 * is still in the bundle, where `web-ext lint` reports it as UNSAFE_VAR_ASSIGNMENT and where a
 * future mistake could reach it. The plugin replaces it with a throw, so raw HTML fails loudly
 * instead of rendering. If a Preact update changes the code so the assignment is not found, the
 * build fails rather than silently shipping it.
 */
import type { Plugin } from 'vite';

/** `x.innerHTML=y.__html`, as Preact's minified dist writes it (identifiers vary by version). */
const INNER_HTML_ASSIGNMENT = /(?<![\w$])([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g;
const PREACT_RUNTIME = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;

export const RAW_HTML_ERROR = 'note-lint: dangerouslySetInnerHTML is disabled; render text instead';

export function stripInnerHtmlAssignment(code: string): string {
  let count = 0;
  const stripped = code.replace(INNER_HTML_ASSIGNMENT, () => {
    count++;
    return `(()=>{throw new Error(${JSON.stringify(RAW_HTML_ERROR)})})()`;
  });
  if (count !== 1) {
    throw new Error(`preact-without-inner-html: expected one innerHTML assignment in Preact's runtime, found ${count}; update the pattern`);
  }
  return stripped;
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'note-lint:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_RUNTIME.test(id.split('?')[0]!)) return null;
      return { code: stripInnerHtmlAssignment(code), map: null };
    },
  };
}
