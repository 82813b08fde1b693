import type { MountApp } from './host';
import { boot } from './loader';

// document.currentScript is only set while the script first runs: read it at once.
const script = document.currentScript as HTMLScriptElement | null;
// The app is a file of its own next to this one, resolved against this script's URL so the
// widget works from any CDN path (product.md, "It may load further files of its own").
const appUrl = new URL('helpline-app.js', script?.src || document.baseURI).href;

boot(window, script, () => import(/* @vite-ignore */ appUrl) as Promise<{ mount: MountApp }>);
