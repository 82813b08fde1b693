// Serves the demo site and the built widget from one origin, as a customer's site would.
// Usage: node demo/server.mjs [--port 4173]   (PORT in the environment works too)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { vendorPage } from './chat-vendors.mjs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 4173);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// The strict policy a site can serve with the widget (README, "Content-Security-Policy").
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types helpline-widget";

/** URL path -> file: the built widget from dist/ first, then the site from demo/. */
async function load(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\]*\.\.)+/, '');
  const path = clean === '/' ? '/index.html' : clean;
  // The npm module's page (module.html) loads the package's dependencies as an app's bundler
  // would find them; these three only, nothing else from node_modules.
  const dirs = /^[/\\]node_modules[/\\](preact|xstate|dompurify)[/\\]/.test(path) ? ['.'] : ['dist', 'demo'];
  for (const dir of dirs) {
    const file = join(root, dir, path);
    try {
      return { file, body: await readFile(file) };
    } catch {
      // try the next folder
    }
  }
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Browsers ask for a favicon on every page; answer without a 404 in the console.
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
  const vendor = await vendorPage(url.pathname, join(root, 'demo')).catch(() => null);
  const found = vendor ? { file: 'chat.html', body: vendor } : await load(url.pathname).catch(() => null);
  if (found) {
    const { file, body } = found;
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    // The chat vendors' demo pages too: their fake vendors are files (demo/fakes/), never inline.
    if (url.pathname.startsWith('/strict-csp') || url.pathname.startsWith('/chat-') || url.pathname === '/review.html')
      headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers).end(body);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo site with the helpline widget: http://localhost:${port}/`);
  console.log(`  bare page:  http://localhost:${port}/bare.html`);
  console.log(`  content review: http://localhost:${port}/review.html (?overrides=/your-file.json)`);
});
