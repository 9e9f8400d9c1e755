/** manifest.xml: valid against the offline XSDs, every resid defined, shared runtime wired, production URLs rewritten. */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require('../../scripts/validate-manifest.js') as {
  validateManifest(xml: string): Promise<string[]>;
  checkResources(xml: string): string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const urls = require('../../scripts/manifest-urls.js') as { rewriteManifest(xml: string, url?: string): string; DEFAULT_PROD_URL: string };

describe('manifest.xml', () => {
  it('validates against the schemas, with every resid defined', async () => {
    await expect(validator.validateManifest(xml)).resolves.toEqual([]);
  });

  it('is a shared-runtime add-in with DIENHINH functions, a ribbon button, Vietnamese texts with English overrides', () => {
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.\d"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect((xml.match(/<bt:Override Locale="en-US"/g) ?? []).length).toBeGreaterThanOrEqual(4);
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, 'assets', 'icons', `icon-${size}.png`))).toBe(true);
  });

  it('catches a resid that is used but not defined', () => {
    const broken = xml.replace('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Functions.Metadata.Other"');
    expect(validator.checkResources(broken)).toEqual(
      expect.arrayContaining(['resid used but not defined: Functions.Metadata.Url', 'resource defined but never used: Functions.Metadata.Other']),
    );
  });

  it('the production rewrite leaves no localhost URL, and the result still validates', async () => {
    const prod = urls.rewriteManifest(xml);
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain(`${urls.DEFAULT_PROD_URL}taskpane.html`);
    expect(urls.rewriteManifest(xml, 'https://tuyengiao.example.vn/dienhinh/')).toContain('https://tuyengiao.example.vn/dienhinh/functions.json');
    await expect(validator.validateManifest(prod)).resolves.toEqual([]);
  });

  it('the built manifest in dist/ has no localhost URL', () => {
    const built = path.join(ROOT, 'dist', 'manifest.xml');
    if (!fs.existsSync(built)) execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
    expect(fs.readFileSync(built, 'utf8')).not.toMatch(/localhost/);
  });

  it('npm run validate passes from the command line', () => {
    const out = execFileSync('node', [path.join(ROOT, 'scripts', 'validate-manifest.js')], { encoding: 'utf8' });
    expect(out).toMatch(/valid/);
  });
});
