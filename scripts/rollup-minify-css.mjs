/**
 * Minifies the CSS inside Lit's css`…` template literals (terser leaves template text alone).
 * Conservative on purpose: comments go, whitespace collapses, and spaces are removed only next to
 * `{ } ; ,`, inside `( )` and after `:` or `>`, never before `:` (that would turn `a :hover` into `a:hover`).
 * Templates with `${…}` interpolations are left untouched.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([:>])\s+/g, '$1')
    .replace(/\s+>/g, '>')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/;}/g, '}')
    .trim();
}

export default function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      // TypeScript's output writes the tag as "css `".
      if (!id.endsWith('.ts') || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`([^`]*)`/g, (whole, body) =>
        body.includes('${') ? whole : `css\`${minifyCss(body)}\``,
      );
      return { code: out, map: null };
    },
  };
}
