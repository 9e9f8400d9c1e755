/* global console */
// npm run validate: manifest.xml (or the file given) against the offline XSDs in ../shared/schemas, then the
// checks a schema cannot make: every resid used is defined (and every one defined is used), the shared-runtime
// wiring points at one page, the namespace is DIENHINH. Offline on purpose: `office-addin-manifest validate`
// posts the file to an online service.
const fs = require('fs');
const path = require('path');

const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'shared', 'schemas', 'office-addin-manifest');
const ENTRY = 'OfficeAppManifestV1_1.xsd';

async function validateSchema(xml, schemaDir = SCHEMA_DIR) {
  const { validateXML } = require('xmllint-wasm');
  const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [load(ENTRY)],
    preload: files.filter((f) => f !== ENTRY).map(load),
  });
  return result.errors.map((e) => e.rawMessage ?? e.message ?? String(e));
}

function attrValues(xml, element, attr) {
  const re = new RegExp(`<${element}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

/** Resource problems: resids used but not defined, defined but unused, duplicate ids, wiring of the shared runtime. */
function checkResources(xml) {
  const problems = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const defined = [...body.matchAll(/<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1]);
  const used = [...body.matchAll(/\bresid="([^"]*)"/g)].map((m) => m[1]);
  const seen = new Set();
  for (const id of defined) {
    if (seen.has(id)) problems.push(`resource id defined twice: ${id}`);
    seen.add(id);
  }
  for (const id of new Set(used)) if (!seen.has(id)) problems.push(`resid used but not defined: ${id}`);
  for (const id of seen) if (!used.includes(id)) problems.push(`resource defined but never used: ${id}`);
  const runtime = attrValues(body, 'Runtime', 'resid');
  const page = /<Page>\s*<SourceLocation resid="([^"]*)"/.exec(body)?.[1];
  const functionFile = /<FunctionFile resid="([^"]*)"/.exec(body)?.[1];
  if (runtime.length !== 1 || !/lifetime="long"/.test(body)) problems.push('shared runtime: exactly one Runtime with lifetime="long" is needed');
  if (runtime[0] !== page || page !== functionFile) problems.push(`shared runtime: Runtime (${runtime[0]}), custom functions Page (${page}) and FunctionFile (${functionFile}) must be the same resid`);
  const ns = /<Namespace resid="([^"]*)"/.exec(body)?.[1];
  const nsValue = ns && new RegExp(`<bt:String id="${ns}" DefaultValue="([^"]*)"`).exec(body)?.[1];
  if (nsValue !== 'DIENHINH') problems.push(`custom functions namespace must be DIENHINH (is ${nsValue})`);
  return problems;
}

async function validateManifest(xml) {
  return [...(await validateSchema(xml)), ...checkResources(xml)];
}

module.exports = { validateManifest, validateSchema, checkResources };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  validateManifest(fs.readFileSync(file, 'utf8')).then(
    (problems) => {
      if (problems.length) {
        console.error(`${path.basename(file)}: ${problems.length} problem(s)`);
        for (const p of problems) console.error(`  - ${p}`);
        process.exitCode = 1;
      } else console.log(`${path.basename(file)}: valid (schema, resource ids, shared runtime wiring)`);
    },
    (e) => {
      console.error(`validation could not run: ${e && e.message ? e.message : e}`);
      process.exitCode = 2;
    },
  );
}
