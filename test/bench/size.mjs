// `npm run size`: the table of built file sizes (raw, gzip, brotli) and the budgets of test/bench/size-graph.mjs,
// measured by size-limit's file plugin. Exits 1 when a budget is exceeded. Run after the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import {
  adapterFiles,
  adapterProviders,
  BUDGETS,
  CEILINGS,
  conversationFiles,
  coreFiles,
  handoffFiles,
  LOADER,
  restFiles,
  topicFiles,
  typedTextFiles,
} from './size-graph.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const files = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .sort();

/** raw, gzip and brotli sizes of a set of files, summed, as size-limit measures them. */
async function measure(names) {
  const paths = names.map((n) => join(dist, n));
  const [raw, gzip, brotli] = await sizeLimit([filePlugin], {
    checks: [{ files: paths, brotli: false }, { files: paths, gzip: true }, { files: paths }],
  });
  return { raw: raw.size, gzip: gzip.size, brotli: brotli.size };
}

const kb = (n) => `${n.toLocaleString('en-US').padStart(9)} B`;
const row = (name, s, extra = '') => `| ${name.padEnd(38)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |${extra}`;

const lines = ['| file (dist/)                           |         raw |        gzip |      brotli |', '| --- | ---: | ---: | ---: |'];
for (const file of files) lines.push(row(file, await measure([file])));

const coreEnglish = coreFiles(manifest, 'en');
const coreSpanish = coreFiles(manifest, 'es');
const coreEn = await measure(coreEnglish);
const coreEs = await measure(coreSpanish);
const restEnglish = restFiles(manifest, 'en');
const restSpanish = restFiles(manifest, 'es');
const restEn = await measure(restEnglish);
const restEs = await measure(restSpanish);
const english = conversationFiles(manifest, 'en');
const spanish = conversationFiles(manifest, 'es');
const withChat = conversationFiles(manifest, 'en', { chat: true });
const loader = await measure([LOADER]);
const en = await measure(english);
const es = await measure(spanish);
const chat = await measure(withChat);
const typedEnglish = typedTextFiles(manifest, 'en');
const typedSpanish = typedTextFiles(manifest, 'es');
const typedEn = await measure(typedEnglish);
const typedEs = await measure(typedSpanish);
const handoffEnglish = handoffFiles(manifest, 'en');
const handoffSpanish = handoffFiles(manifest, 'es');
const handoffEn = await measure(handoffEnglish);
const handoffEs = await measure(handoffSpanish);
const adapters = [];
for (const provider of adapterProviders(manifest))
  adapters.push({ provider, files: adapterFiles(manifest, provider), size: await measure(adapterFiles(manifest, provider)) });
const budget = (size, goal, ceiling) =>
  ` ${size <= goal ? 'ok' : 'OVER'}: budget ${kb(goal).trim()} brotli` +
  (ceiling > goal ? `; enforced ceiling ${kb(ceiling).trim()}: ${size <= ceiling ? 'ok' : 'OVER'}` : '');
/** A measure with an enforced ceiling and no budget of its own: the core's parts and sums. */
const ceiling = (size, max) => ` enforced ceiling ${kb(max).trim()} brotli: ${size <= max ? 'ok' : 'OVER'}`;
lines.push(
  '',
  '| budget                                 |         raw |        gzip |      brotli |',
  '| --- | ---: | ---: | ---: |',
  row('loader', loader, budget(loader.brotli, BUDGETS.loader, CEILINGS.loader)),
  row(`core, English (${coreEnglish.length} files)`, coreEn, budget(coreEn.brotli, BUDGETS.core, CEILINGS.core)),
  row(`core, Spanish (${coreSpanish.length} files)`, coreEs, budget(coreEs.brotli, BUDGETS.core, CEILINGS.core)),
  row(`rest of the content, English (${restEnglish.length} files)`, restEn, ceiling(restEn.brotli, CEILINGS.rest)),
  row(`rest of the content, Spanish (${restSpanish.length} files)`, restEs, ceiling(restEs.brotli, CEILINGS.rest)),
  row(`full English conversation (${english.length} files)`, en, ceiling(en.brotli, CEILINGS.conversation)),
  row(`full Spanish conversation (${spanish.length} files)`, es, ceiling(es.brotli, CEILINGS.conversation)),
  row(`English, with live chat (${withChat.length} files)`, chat, ceiling(chat.brotli, CEILINGS.withChat)),
  row(`typed text, English (${typedEnglish.length} files)`, typedEn, budget(typedEn.brotli, BUDGETS.typedText, CEILINGS.typedText)),
  row(`typed text, Spanish (${typedSpanish.length} files)`, typedEs, budget(typedEs.brotli, BUDGETS.typedText, CEILINGS.typedText)),
  row(`hand-off card, English (${handoffEnglish.length} files)`, handoffEn, budget(handoffEn.brotli, BUDGETS.handoff, CEILINGS.handoff)),
  row(`hand-off card, Spanish (${handoffSpanish.length} files)`, handoffEs, budget(handoffEs.brotli, BUDGETS.handoff, CEILINGS.handoff)),
  ...adapters.map((a) =>
    row(`chat adapter: ${a.provider} (${a.files.length} files)`, a.size, budget(a.size.brotli, BUDGETS.adapter, CEILINGS.adapter)),
  ),
);
const topicsOver = [];
for (const locale of ['en', 'es']) {
  for (const { family, files: chunk } of topicFiles(manifest, locale)) {
    const size = await measure(chunk);
    if (size.brotli > CEILINGS.topic) topicsOver.push(`the ${locale} ${family} topic`);
    lines.push(
      row(
        `topic ${family}, ${locale === 'en' ? 'English' : 'Spanish'} (${chunk.length} files)`,
        size,
        budget(size.brotli, BUDGETS.topic, CEILINGS.topic),
      ),
    );
  }
}
lines.push(
  '',
  `Opening the panel (English core): ${coreEnglish.join(', ')}`,
  `Right after it opens (English rest): ${restEnglish.join(', ')}`,
  `With live chat (data-chat-url) also: ${withChat.filter((f) => !english.includes(f)).join(', ')}`,
  `On first typing (English) also: ${typedEnglish.join(', ')}`,
  `At the first hand-off (English) also: ${handoffEnglish.join(', ')}`,
);
console.log(lines.join('\n'));

const over = [
  loader.brotli > CEILINGS.loader && 'the loader',
  coreEn.brotli > CEILINGS.core && 'the English core',
  coreEs.brotli > CEILINGS.core && 'the Spanish core',
  restEn.brotli > CEILINGS.rest && 'the rest of the English content',
  restEs.brotli > CEILINGS.rest && 'the rest of the Spanish content',
  en.brotli > CEILINGS.conversation && 'the English conversation',
  es.brotli > CEILINGS.conversation && 'the Spanish conversation',
  chat.brotli > CEILINGS.withChat && 'the conversation with live chat',
  typedEn.brotli > CEILINGS.typedText && 'the English typed-text chunk',
  typedEs.brotli > CEILINGS.typedText && 'the Spanish typed-text chunk',
  handoffEn.brotli > CEILINGS.handoff && 'the English hand-off card',
  handoffEs.brotli > CEILINGS.handoff && 'the Spanish hand-off card',
  ...adapters.filter((a) => a.size.brotli > CEILINGS.adapter).map((a) => `the ${a.provider} adapter`),
  ...topicsOver,
].filter(Boolean);
if (over.length) {
  console.error(`\nFAIL: over the enforced size: ${over.join(', ')} (test/bench/size-graph.mjs).`);
  process.exit(1);
}
if (coreEn.brotli > BUDGETS.core || coreEs.brotli > BUDGETS.core) {
  console.log(
    `\nNOT MET: the size budget's ${kb(BUDGETS.core).trim()} goal for the core, what opening the panel loads (held under the ${kb(CEILINGS.core).trim()} ceiling).`,
  );
}
