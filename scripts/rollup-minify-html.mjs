/**
 * Minifies the markup inside Lit's html`…` and svg`…` templates, conservatively: every run of
 * white space that holds a line break (the source's indentation) becomes one space. A browser renders
 * a run of spaces as one space anyway, so what a person sees and a screen reader reads stays the same
 * (test/e2e/minified-templates.test.mjs compares the rendered text of every state); words are never
 * glued together, and white space without a line break is left as it is. Only the templates' static
 * parts change, never the expressions inside `${…}`. Runs on JavaScript (after TypeScript).
 */
import MagicString from 'magic-string';

/** The conservative collapse: a white-space run with a line break becomes one space. */
export function collapseTemplateWhitespace(text) {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

const TAGS = new Set(['html', 'svg']);

export default function minifyLitHtml() {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/') || !/\b(html|svg)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let changed = false;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const collapsed = collapseTemplateWhitespace(raw);
            if (collapsed !== raw) {
              out.overwrite(quasi.start, quasi.end, collapsed);
              changed = true;
            }
          }
        }
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(visit);
          else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child);
        }
      };
      visit(ast);
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
