import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Mode "npm" (the last of `npm run build`'s builds): the npm module for apps that bundle the
 * widget, dist/npm/helpline-widget.js from widget/module.ts (docs/product.md, "Embedding contract").
 * Preact, XState and DOMPurify are the package's dependencies: left as imports, so the app's
 * bundler shares them with the app. The conversation stays a dynamic import: a chunk the app's
 * bundler splits off. Not minified: the app's bundler minifies, and readable code is easier to
 * debug in node_modules. Its types: see npmDeclarations.
 */
const npmModule = () => ({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), npmDeclarations()],
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2020',
    outDir: 'dist/npm',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    lib: { entry: { 'helpline-widget': 'widget/module.ts' }, formats: ['es' as const] },
    rolldownOptions: {
      external: /^(preact|xstate|dompurify)(\/|$)/,
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/**
 * Mode "cli": the package's command, dist/cli/helpline-widget.mjs (package.json "bin"; the checker,
 * widget/toolkit/check-cli.ts). A Node build with everything it needs bundled (the content, the validator,
 * text-readability, a devDependency), so `npx helpline-widget check` works after
 * `npm i helpline-widget`; jsdom is used when the project has it (see widget/toolkit/check-cli.ts).
 */
const cliBuild = () => ({
  define: { __VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true as const, external: ['jsdom'] },
  build: {
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: true,
    minify: false,
    ssr: 'widget/toolkit/helpline-widget-bin.ts',
    rolldownOptions: { output: { entryFileNames: 'helpline-widget.mjs', banner: '#!/usr/bin/env node' } },
  },
});

/**
 * Mode "review": the content review page's script (demo/review.html, widget/toolkit/review/review-page.ts)
 * and the conversation map it shows, into demo/build/ (not part of the package; demo/server.mjs
 * serves it).
 */
const reviewBuild = () => ({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), conversationMapAsset()],
  define: { __VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    outDir: 'demo/build',
    emptyOutDir: true,
    minify: true,
    lib: { entry: { review: 'widget/toolkit/review/review-page.tsx' }, formats: ['es' as const] },
    rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
  },
});

/** docs/conversation-map.svg next to the review page's script (test/unit/conversation-map.test.ts keeps it current). */
const conversationMapAsset = () => ({
  name: 'helpline-conversation-map',
  generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): void }) {
    this.emitFile({
      type: 'asset',
      fileName: 'conversation-map.svg',
      source: readFileSync(new URL('./docs/conversation-map.svg', import.meta.url), 'utf8'),
    });
  },
});

/**
 * The npm module's types, after its build: one file, dist/npm/helpline-widget.d.ts, with only the
 * public types. tsc writes every module's declarations (widget/tsconfig.module.json) into a
 * scratch folder; API Extractor (widget/api-extractor.json) rolls what module.ts exports into one
 * file with no relative imports, which every moduleResolution reads the same ("bundler" and
 * "nodenext" alike); the scratch folder goes.
 */
const npmDeclarations = () => ({
  name: 'helpline-npm-declarations',
  closeBundle() {
    const project = fileURLToPath(new URL('./', import.meta.url));
    const bin = (name: string) => join(project, 'node_modules/.bin', name);
    execFileSync(bin('tsc'), ['-p', join(project, 'widget/tsconfig.module.json')], { stdio: 'inherit' });
    execFileSync(bin('api-extractor'), ['run', '--local', '-c', join(project, 'widget/api-extractor.json')], { stdio: 'pipe' });
    rmSync(join(project, 'dist/npm/types'), { recursive: true, force: true });
  },
});

/**
 * A second minifier over the loader and the app's chunks once rolldown's own has run: terser's
 * two compress passes find what one pass leaves (inlined constants, merged declarations): 0.5 KB
 * brotli of the conversation against the 40 KB budget (test/bench/size-graph.mjs), 16 B of the loader's 2 KB. Safe
 * options only; a chunk it would not shrink stays as it was; the files keep their names.
 */
const terserPass = () => ({
  name: 'helpline-terser-pass',
  async generateBundle(options: { format?: string }, bundle: Record<string, { type: string; code?: string }>) {
    const { minify } = await import('terser');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
      const out = await minify(chunk.code, { module: options.format === 'es', ecma: 2020, compress: { passes: 2 } });
      if (out.code !== undefined && out.code.length < chunk.code.length) chunk.code = out.code;
    }
  },
});

/**
 * Two builds into dist/ (`npm run build` runs both):
 * - default mode: the loader, dist/helpline-widget.js, a classic script for one <script> tag;
 * - mode "app": the conversation (Preact, machine, content) as ES modules the loader imports on
 *   demand, resolved relative to its own URL; each locale's content is a chunk of its own.
 *   Code the app shares with the lazy chunks (the staff guide, content overrides, chat hours)
 *   stays in helpline-app.js, which has always loaded before them: Vite's library mode keeps the
 *   entry's exports "strict", which forced that code into a second, "shared" file, and one
 *   brotli stream instead of two is 0.95 KB smaller (test/bench/size-graph.mjs). The extra exports are internal
 *   names the loader never reads.
 *   The app build writes dist/.vite/manifest.json: `npm run size` follows its imports to sum
 *   what a full English conversation loads (test/bench/size.mjs).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'npm') return npmModule();
  if (mode === 'cli') return cliBuild();
  if (mode === 'review') return reviewBuild();
  const app = mode === 'app';
  return {
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), terserPass()],
    define: { __VERSION__: JSON.stringify(version) },
    build: {
      // ES2022 leaves class fields as written (smaller than their ES2020 lowering), which needs
      // Chrome 72, Firefox 75, Safari 14.1; the glossary's word pattern (\p{L}, in widget/app/glossary.ts)
      // already needs Chrome 64, Firefox 78, Safari 11.1.
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !app,
      minify: true,
      sourcemap: false,
      manifest: app,
      lib: app
        ? { entry: { 'helpline-app': 'widget/embed/start-app.ts' }, formats: ['es'] }
        : { entry: 'widget/embed/index.ts', formats: ['iife'], name: 'HelplineWidgetLoader', fileName: () => 'helpline-widget.js' },
      rolldownOptions: app
        ? {
            // see above: the lazy chunks import what they share with the app from the entry
            preserveEntrySignatures: 'allow-extension',
            output: {
              entryFileNames: '[name].js',
              // A language's core and rest (content/<locale>/core.ts, rest.ts) are named with it,
              // en-core-….js, es-rest-….js: which language a page loaded reads from the file name.
              chunkFileNames: (chunk: { name: string; facadeModuleId?: string | null }) =>
                `${/\/content\/([a-z]{2})\/(?:core|rest)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1]?.concat('-') ?? ''}[name]-[hash].js`,
              // Vite leaves whitespace in ES-format library builds, for bundlers that read the
              // pure annotations; these files go straight to browsers, so minify them fully.
              minify: true,
            },
          }
        : {},
    },
    test: {
      globals: true,
      // Vitest's default leaves one core to its main process, which mostly waits: on a 2-core
      // machine that is one worker for all the files.
      maxWorkers: availableParallelism(),
      projects: [
        {
          extends: true,
          // Pure logic, no mocks or globals: the files share a worker's loaded modules instead of
          // importing flows/ and content/ again for each file.
          test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], isolate: false },
        },
        {
          extends: true,
          // A component test mounts the whole widget in jsdom: 15 s, not 5, before a busy machine's
          // slow pass is called a failure (test/component/wait-longer.ts does the same for waitFor).
          // Each file gets its own jsdom page and modules. Sharing them (isolate: false) halved the
          // run, but the keyboard tests then failed now and then, in one run in five, with causes
          // not yet found (docs/architecture.md): a flaky run is a submission that does not land.
          // What a test leaves in the page or storage is cleared after it all the same (fresh-page.ts).
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['test/component/**/*.test.{ts,tsx}'],
            setupFiles: ['test/component/settle-timers.ts', 'test/component/wait-longer.ts', 'test/component/fresh-page.ts'],
            testTimeout: 15_000,
          },
        },
      ],
    },
  };
});
