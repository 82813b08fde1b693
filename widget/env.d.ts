/** Replaced at build time with package.json's version (vite.config.ts). */
declare const __VERSION__: string;
