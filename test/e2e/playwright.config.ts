import { defineConfig } from '@playwright/test';
import CHROMIUM_ARGS from '../chromium-args.json' with { type: 'json' };

/**
 * End-to-end tests in Debian's Chromium (test tools cannot download browsers here; see
 * docs/architecture.md). They run against the built widget: `npm run build` first. This is the fast
 * suite, run on every change; the *.long.spec.ts files (the load soak, the whole payload corpus)
 * run in `npm run test:long` (playwright.long.config.ts), after it.
 */
const port = Number(process.env.E2E_PORT ?? 4317);
// Debian's chromium-headless-shell (.ci/run installs it): the engine without the browser's windows.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  testIgnore: '**/*.long.spec.ts',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      // Headless Debian Chromium without its background services (test/chromium-args.json; the bench uses the same).
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node demo/server.mjs --port ${port}`,
    cwd: '../..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
