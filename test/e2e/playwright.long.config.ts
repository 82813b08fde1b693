import { defineConfig } from '@playwright/test';
import fast from './playwright.config';

/**
 * The long end-to-end job (`npm run test:long`): the load soak and the whole payload corpus,
 * minutes each, kept out of the fast suite so they never starve it of the machine's cores.
 */
export default defineConfig({
  ...fast,
  testMatch: '**/*.long.spec.ts',
  testIgnore: [],
});
