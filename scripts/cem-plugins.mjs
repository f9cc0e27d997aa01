// Plugins for the custom elements manifest (custom-elements-manifest.config.mjs): the manifest that
// ships in the npm package describes the files in it, and the framework types are generated from it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Where the events and their details are listed, once: `interface OtdEventMap` (src/events.ts). */
const EVENT_MAP_FILE = 'src/events.ts';

/** The events of `OtdEventMap`, by name, each with its type as written (`CustomEvent<ScanResult>`). */
export function readEventMap(file = EVENT_MAP_FILE) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const events = new Map();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'OtdEventMap') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name)) {
        events.set(member.name.text, member.type.getText(source));
      }
    }
  });
  if (!events.size) throw new Error(`${file}: no interface OtdEventMap with string-named members`);
  return events;
}

/** `src/internal/x.ts` (or `/src/internal/x.js`) → `dist/internal/x.js`: the file the package ships. */
const shipped = (p) => p.replace(/^\//, '').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ module, d })));

/**
 * The manifest as published: paths of the files in the package (`dist/…js`, not `src/…ts`), each
 * element's definition in its entry (`dist/define/<tag>.js`), and only the events the element
 * documents with `@fires`, typed from `OtdEventMap` (the analyzer also lists the variable names of
 * generic dispatch helpers, which are no events).
 */
export function publishedManifest() {
  return {
    name: 'otd-published-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const eventMap = readEventMap();
      for (const { d } of elementsOf(manifest)) {
        d.events = (d.events ?? []).filter((e) => e.name && e.description);
        for (const event of d.events) {
          const type = eventMap.get(event.name);
          if (!type) throw new Error(`<${d.tagName}> documents @fires ${event.name}, which ${EVENT_MAP_FILE} (OtdEventMap) does not list`);
          event.type = { text: type };
        }
      }
      // Definitions: src/define/<tag>.ts registers the class through defineElement(), which the analyzer cannot see.
      for (const { module, d } of elementsOf(manifest)) {
        const entry = manifest.modules.find((m) => m.path === `src/define/${d.tagName}.ts`);
        if (!entry) throw new Error(`<${d.tagName}> has no entry src/define/${d.tagName}.ts`);
        entry.exports = [
          ...(entry.exports ?? []).filter((x) => x.kind !== 'custom-element-definition'),
          { kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: module.path } },
        ];
      }
      const fix = (ref) => {
        if (ref && typeof ref.module === 'string') ref.module = shipped(ref.module);
      };
      for (const module of manifest.modules) {
        module.path = shipped(module.path);
        for (const x of module.exports ?? []) fix(x.declaration);
        for (const d of module.declarations ?? []) {
          fix(d.superclass);
          for (const list of [d.members, d.attributes, d.events, d.cssParts, d.cssProperties, d.slots]) {
            for (const item of list ?? []) fix(item.inheritedFrom);
          }
        }
      }
    },
  };
}

/** A JSDoc comment at `indent`, or nothing; `*` + `/` in the text cannot end it early. */
const doc = (text, indent) =>
  text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\n\s*/g, `\n${indent} * `)} */\n` : '';
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The element's public surface from the manifest: attributes, writable properties, documented events. */
function surface(d) {
  const attributes = (d.attributes ?? []).filter((a) => a.name && a.fieldName);
  const attributeNames = new Set(attributes.map((a) => a.name));
  const properties = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name),
  );
  return {
    attributes,
    // A property whose name is also its attribute's (`aspects`) is listed once, with the attributes.
    properties: properties.filter((p) => !attributeNames.has(p.name)),
    events: (d.events ?? []).filter((e) => e.name && e.description),
  };
}

const HEADER = `// Generated from custom-elements.json by scripts/cem-plugins.mjs (npm run analyze); do not edit.\n`;

/** `dist/frameworks/elements.d.ts`: each element's attributes, properties and events, for every framework file. */
function elementsFile(elements) {
  const classes = elements.map(({ d }) => d.name);
  let out = `${HEADER}import type { OtdEventMap, ${classes.join(', ')} } from '../index.js';\n\n`;
  out += `/** What an attribute takes in a template: a number also as its text (\`heading-level="3"\`). */\n`;
  out += 'export type AttributeValue<T> = T extends number ? T | `${T}` : T;\n';
  for (const { d } of elements) {
    const { attributes, properties, events } = surface(d);
    out += `\n/** The attributes of \`<${d.tagName}>\`, as written in HTML. */\nexport interface ${d.name}Attributes {\n`;
    for (const a of attributes) out += `${doc(a.description, '  ')}  ${key(a.name)}?: AttributeValue<${d.name}['${a.fieldName}']>;\n`;
    out += `}\n\n/** The properties of \`<${d.tagName}>\` that have no attribute of the same name. */\nexport interface ${d.name}Properties {\n`;
    for (const p of properties) out += `${doc(p.description, '  ')}  ${key(p.name)}?: ${d.name}['${p.name}'];\n`;
    out += `}\n\n/** The events \`<${d.tagName}>\` dispatches, by name. */\nexport interface ${d.name}Events {\n`;
    for (const e of events) out += `${doc(e.description, '  ')}  ${key(e.name)}: OtdEventMap['${e.name}'];\n`;
    out += '}\n';
  }
  out += `\n/** Every element by tag: its class, attributes, properties and events. */\nexport interface OtdElements {\n`;
  for (const { d } of elements) {
    out += `  '${d.tagName}': {\n    element: ${d.name};\n    attributes: ${d.name}Attributes;\n    properties: ${d.name}Properties;\n    events: ${d.name}Events;\n  };\n`;
  }
  return `${out}}\n`;
}

/** The framework files: a template each in scripts/framework-types/, its entries filled in per element. */
const FRAMEWORKS = ['react', 'preact', 'solid-js', 'vue'];
const TEMPLATES = new URL('./framework-types/', import.meta.url);

/** The template with its line `/* entries: TypeName *\/` replaced by one `'<tag>': TypeName<'<tag>'>;` per element. */
function frameworkFile(name, elements) {
  const template = readFileSync(new URL(`${name}.d.ts`, TEMPLATES), 'utf8');
  const marker = /^( *)\/\* entries: (\w+) \*\/\n/m;
  const match = marker.exec(template);
  if (!match) throw new Error(`scripts/framework-types/${name}.d.ts has no /* entries: TypeName */ line`);
  const [, indent, type] = match;
  const entries = elements.map(({ d }) => `${doc(d.summary || d.description, indent)}${indent}'${d.tagName}': ${type}<'${d.tagName}'>;\n`);
  // The template's lint comments are for the template (an interface whose entries are still to come).
  return HEADER + template.replace(marker, entries.join('')).replace(/^ *\/\/ eslint-disable.*\n/gm, '');
}

/**
 * Writes `dist/frameworks/`: `elements.d.ts` (every element's attributes, properties and events, from
 * the manifest) and one file per framework that teaches its templates the tags: `react.d.ts`,
 * `preact.d.ts`, `solid-js.d.ts` (JSX) and `vue.d.ts` (Vue's `GlobalComponents`), each with an empty
 * `.js` beside it so that the entry can also be imported at run time.
 */
export function frameworkTypes({ outdir = 'dist/frameworks' } = {}) {
  return {
    name: 'otd-framework-types',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = elementsOf(manifest).sort((a, b) => a.d.tagName.localeCompare(b.d.tagName));
      mkdirSync(outdir, { recursive: true });
      writeFileSync(path.join(outdir, 'elements.d.ts'), elementsFile(elements));
      writeFileSync(path.join(outdir, 'elements.js'), `${HEADER}export {};\n`);
      for (const name of FRAMEWORKS) {
        writeFileSync(path.join(outdir, `${name}.d.ts`), frameworkFile(name, elements));
        writeFileSync(path.join(outdir, `${name}.js`), `${HEADER}// Types only: see ${name}.d.ts.\nexport {};\n`);
      }
    },
  };
}
