import type { MountApp } from './host';
import { boot } from './loader';

// document.currentScript is only set while the script first runs: read it at once. The loader
// resolves the app's file against this script's URL so the widget works from any CDN path
// (product.md, "It may load further files of its own").
boot(window, document.currentScript as HTMLScriptElement | null, (url) => import(/* @vite-ignore */ url) as Promise<{ mount: MountApp }>);
