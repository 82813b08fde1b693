import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two builds into dist/ (`npm run build` runs both):
 * - default mode: the loader, dist/helpline-widget.js, a classic script for one <script> tag;
 * - mode "app": the conversation (Preact, machine, content) as ES modules the loader imports on
 *   demand, resolved relative to its own URL; each locale's content is a chunk of its own.
 *   Code shared by two or more chunks (the locales, the staff guide, the app) goes into one
 *   "shared" chunk: no waterfall of tiny chunks after the content arrives (issue 7).
 *   The app build writes dist/.vite/manifest.json: `npm run size` follows its imports to sum
 *   what a full English conversation loads (test/bench/size.mjs).
 */
export default defineConfig(({ mode }) => {
  const app = mode === 'app';
  return {
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    define: { __VERSION__: JSON.stringify(version) },
    build: {
      target: 'es2020',
      outDir: 'dist',
      emptyOutDir: !app,
      minify: true,
      sourcemap: false,
      manifest: app,
      lib: app
        ? { entry: { 'helpline-app': 'widget/embed/app.ts' }, formats: ['es'] }
        : { entry: 'widget/embed/index.ts', formats: ['iife'], name: 'HelplineWidgetLoader', fileName: () => 'helpline-widget.js' },
      rolldownOptions: app
        ? {
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: '[name]-[hash].js',
              codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] },
            },
          }
        : {},
    },
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'dom', environment: 'jsdom', include: ['test/component/**/*.test.{ts,tsx}'] },
        },
      ],
    },
  };
});
