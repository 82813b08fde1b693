// The benchmark's own tiny server: one plain page per widget, each widget's files served from
// this repository (dist/ and test/bench/peers/node_modules), compressed as a CDN would (brotli when asked), so
// "bytes transferred" compares like with like. Nothing here reaches the network.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** URL prefix -> folder. */
const FOLDERS = {
  '/ours/': join(root, 'dist'),
  // The peers are installed apart from the project (test/bench/peers/package.json).
  '/typebot/': join(root, 'test/bench/peers/node_modules/@typebot.io/js/dist'),
  '/flowise/': join(root, 'test/bench/peers/node_modules/flowise-embed/dist'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The same plain page for every widget: a heading, some text, and the embed. */
const page = (title, embed) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>Neuroblastoma: information for families</h1>
<p>Neuroblastoma is a cancer that starts in immature nerve cells. This plain page has no styles and no scripts
other than the chat widget under test, so what the page costs is what the widget costs.</p>
</main>
${embed}
</body>
</html>`;

/**
 * Each widget's documented script-tag embed. The peers are configured with their placeholder
 * ids and hosts: their backends are on the internet, which the benchmark blocks and reports.
 */
export const WIDGETS = {
  none: { label: 'no widget (baseline)', embed: '' },
  ours: {
    label: 'helpline-widget (ours)',
    embed: '<script src="/ours/helpline-widget.js" defer data-locale="en"></script>',
    script: '/ours/helpline-widget.js',
  },
  // Ours with prefetch off: nothing past the loader until the visitor hovers, focuses or touches the launcher.
  oursIntent: {
    label: 'helpline-widget (ours), data-preload="intent"',
    embed: '<script src="/ours/helpline-widget.js" defer data-locale="en" data-preload="intent"></script>',
    script: '/ours/helpline-widget.js',
  },
  typebot: {
    label: '@typebot.io/js (bubble)',
    embed: `<script type="module">
import Typebot from '/typebot/web.js';
Typebot.initBubble({ typebot: 'customer-support', theme: { button: { backgroundColor: '#0b5cad' } } });
</script>`,
    script: '/typebot/web.js',
  },
  flowise: {
    label: 'flowise-embed (bubble)',
    embed: `<script type="module">
import Chatbot from '/flowise/web.js';
Chatbot.init({ chatflowid: 'customer-support', apiHost: 'https://flowise.example.com' });
</script>`,
    script: '/flowise/web.js',
  },
};

const cache = new Map();

/** Compressed once per file and encoding, like a CDN's cache. */
function encode(body, encoding) {
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return body;
}

async function find(pathname) {
  const match = /^\/page\/(\w+)\.html$/.exec(pathname);
  if (match && WIDGETS[match[1]]) return { type: TYPES['.html'], body: Buffer.from(page(WIDGETS[match[1]].label, WIDGETS[match[1]].embed)) };
  for (const [prefix, dir] of Object.entries(FOLDERS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = join(dir, normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    try {
      return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    } catch {
      return null;
    }
  }
  return null;
}

/** Starts the server on a free port; resolves to its origin and a close function. */
export function startServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    const key = `${url.pathname} ${encoding}`;
    let found = cache.get(key);
    if (!found) {
      const file = await find(url.pathname);
      if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      found = { type: file.type, body: encode(file.body, encoding) };
      cache.set(key, found);
    }
    const headers = { 'content-type': found.type, 'cache-control': 'no-store' };
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    res.writeHead(200, headers).end(found.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
