import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every string the web app can show, scanned for the team's words: no "seed" (the source documents are named by their
 * titles) and no "KLOE" unless its meaning is written beside it. Comments are not shown and are not scanned; nor are
 * GraphQL documents and the generated GraphQL code (field names and the API's descriptions, which users do not see).
 */
const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text of every string, template and JSX text in a file, with where it is. */
function shownStrings(path: string): { where: string; text: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // GraphQL documents (field names such as `seed` are the API's, never shown)
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'graphql') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(SRC, path)}:${line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the words the web app shows', () => {
  const strings = sourceFiles(SRC).flatMap(shownStrings);

  it('scans the whole app', () => {
    expect(strings.length).toBeGreaterThan(1000);
    expect(strings.some((s) => s.where.startsWith('features/canvas-print/'))).toBe(true);
  });

  it('never says "seed"', () => {
    expect(strings.filter((s) => /\bseeds?\b/i.test(s.text)).map((s) => `${s.where}: ${s.text}`)).toEqual([]);
  });

  it('never says "KLOE" without its meaning', () => {
    expect(
      strings.filter((s) => /KLOE/.test(s.text) && !/key lines? of enquiry \(KLOEs?\)/i.test(s.text)).map((s) => `${s.where}: ${s.text}`),
    ).toEqual([]);
  });
});
