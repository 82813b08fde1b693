// Writes docs/conversation-map.svg from the machine (npm run map). The map is built by
// widget/toolkit/map-svg.ts; Vite's module runner loads the TypeScript as the tests do.
// test/unit/conversation-map.test.ts fails when the file is not what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { module } = await runnerImport(`${root}widget/toolkit/conversation-map-file.ts`, { root, configFile: false, logLevel: 'error' });
writeFileSync(`${root}docs/conversation-map.svg`, module.conversationMapFile());
console.log('wrote docs/conversation-map.svg');
