import { docGet, warn } from './dom';
import type { MountApp } from './host';
import { boot } from './loader';
import { ownScript } from './own-script';

// The script's address and tag are only known while it first runs: read them at once. The loader
// resolves the app's file against that address, never the page's, so the widget works from any
// CDN path (docs/product.md, "It may load further files of its own") and loads nothing from elsewhere.
const doc = document;
const own = ownScript(doc);
const start = () => {
  if (!own) return warn('cannot tell its own address; load it with a <script src> tag.');
  if (!own.tag) warn(`no <script> tag loads ${own.url}; using the default settings.`);
  boot(window, { dataset: own.tag?.dataset ?? {}, src: own.url }, (url) => import(/* @vite-ignore */ url) as Promise<{ mount: MountApp }>);
};
// A plain or async <script> in <head> runs before there is a <body> to put the widget in.
if (docGet(doc, 'body')) start();
else doc.addEventListener('DOMContentLoaded', start, { once: true });
