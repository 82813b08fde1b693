import { ownScript } from './own-script';
import type { StartApp } from './host';
import { bootScriptTag } from './script-tag';

// The script's address and tag are only known while it first runs: read them at once.
bootScriptTag(ownScript(document), (url) => import(/* @vite-ignore */ url) as Promise<{ startApp: StartApp }>);
