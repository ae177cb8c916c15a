import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
const root = process.cwd();
const WORD = /^[a-z][a-z0-9'-]*(?: [a-z0-9'-]+)*$/;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}
function owner(n: ts.Node): string {
  for (let p: ts.Node | undefined = n; p; p = p.parent) {
    if ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.name && ts.isIdentifier(p.name)) return p.name.text;
  }
  return '(top)';
}
const hits = new Map<string, string[]>();
for (const f of sources(join(root, 'src/engine'))) {
  const rel = relative(root, f);
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node) => {
    let words: string[] = [];
    if (ts.isArrayLiteralExpression(n)) {
      const typed = (ts.isAsExpression(n.parent) && n.parent.type.getText() === 'const') || (ts.isNewExpression(n.parent) && n.parent.typeArguments?.some((t) => t.kind !== ts.SyntaxKind.StringKeyword));
      if (!typed) words = n.elements.filter((e): e is ts.StringLiteral => ts.isStringLiteral(e) && WORD.test(e.text)).map((e) => e.text);
    } else if (ts.isRegularExpressionLiteral(n)) {
      const body = n.text.slice(1, n.text.lastIndexOf('/'));
      words = body.split(/[|()?:^$\\]/).filter((w) => /^[a-z]{3,}$/i.test(w));
      if (!body.includes('|')) words = [];
    }
    if (words.length >= 3) {
      const key = `${rel}#${owner(n)}`;
      hits.set(key, [...(hits.get(key) ?? []), ...words]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
for (const [k, v] of hits) console.log(k, '::', v.slice(0, 12).join(','));
