// The last step of `npm run build`: the published schemas (dist/schema.json,
// dist/config.schema.json) and the versioned release folder a CDN serves for ever,
// dist/v/<version>/, with the browser files (the loader and every chunk it loads, which it finds
// next to itself) and manifest.json: each file's Subresource Integrity hash (sha384) and size.
// README "Serving it from a CDN" shows the pinned tag; test/e2e/release.spec.ts checks the hashes.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const { module } = await runnerImport(join(root, 'widget/toolkit/schema-files.ts'), { root, configFile: false, logLevel: 'error' });
for (const [name, text] of Object.entries(module.schemaFiles())) writeFileSync(join(dist, name), text);

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const folder = join(dist, 'v', version);
rmSync(join(dist, 'v'), { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
// The browser files: dist/'s own .js files (npm/ and cli/ are the package's, not the CDN's).
const files = readdirSync(dist, { withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.js'))
  .map((f) => f.name)
  .sort();
const manifest = { name: 'helpline-widget', version, entry: 'helpline-widget.js', files: {} };
for (const name of files) {
  copyFileSync(join(dist, name), join(folder, name));
  const bytes = readFileSync(join(folder, name));
  manifest.files[name] = { integrity: integrity(bytes), bytes: bytes.length };
}
writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`dist/v/${version}/: ${files.length} files; helpline-widget.js ${manifest.files['helpline-widget.js'].integrity}`);
