// Finds user-facing text written straight into the renderer's code instead of the message
// catalogues (renderer/i18n/<lang>/*.ts): JSX text with letters, string literals given to
// attributes and props a person reads or hears (aria-label, title, placeholder, alt,
// label…), to ag-grid's header names, and to window.alert/confirm/prompt. Text without a
// letter (« — », « · », « % », « / ») is no word to translate.
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** JSX attributes and component props whose value is read or heard by a person. */
const USER_FACING_PROPS = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'caption',
  'description',
  'heading',
  'help',
  'hint',
  'label',
  'message',
  'placeholder',
  'summary',
  'title',
]);

/** Object properties that end up on screen (ag-grid column definitions, option lists). */
const USER_FACING_PROPERTIES = new Set([
  'headerName',
  'headerTooltip',
  'ariaLabel',
  'placeholder',
  'noRowsToShow',
]);

const USER_FACING_CALLS = new Set(['alert', 'confirm', 'prompt']);

/** Letters that are no word: units and marks the catalogues need not carry. */
const ALLOWED = new Set<string>([]);

const LETTER = /\p{L}/u;

function hasWords(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && LETTER.test(trimmed) && !ALLOWED.has(trimmed);
}

/** The text of a literal (template parts without their substitutions), or null. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) {
    const parts = [literalText(node.whenTrue), literalText(node.whenFalse)].filter(
      (p): p is string => p !== null && hasWords(p),
    );
    return parts.length > 0 ? parts.join(' | ') : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [literalText(node.left), literalText(node.right)].filter(
      (p): p is string => p !== null,
    );
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return null;
}

function propName(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

function calledName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (
    ts.isPropertyAccessExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    ['window', 'globalThis', 'self'].includes(expression.expression.text)
  ) {
    return expression.name.text;
  }
  return null;
}

export function findHardcodedStrings(file: string, source: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    findings.push({ file, line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // {'Texte'} or {`Texte ${x}`} as a child.
      const text = literalText(node.expression);
      if (text !== null && hasWords(text)) report(node, text);
    } else if (ts.isJsxAttribute(node)) {
      const name = propName(node.name);
      if (name && USER_FACING_PROPS.has(name) && node.initializer) {
        const value = ts.isJsxExpression(node.initializer)
          ? node.initializer.expression && literalText(node.initializer.expression)
          : literalText(node.initializer);
        if (value && hasWords(value)) report(node, `${name}="${value}"`);
      }
    } else if (ts.isPropertyAssignment(node)) {
      const name = propName(node.name);
      if (name && USER_FACING_PROPERTIES.has(name)) {
        const value = literalText(node.initializer);
        if (value !== null && hasWords(value)) report(node, `${name}: ${value}`);
      }
    } else if (ts.isCallExpression(node)) {
      const name = calledName(node.expression);
      const first = node.arguments[0];
      if (name && USER_FACING_CALLS.has(name) && first) {
        const value = literalText(first);
        if (value !== null && hasWords(value)) report(node, `${name}(${value})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
