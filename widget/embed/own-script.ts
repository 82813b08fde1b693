import { docGet } from './dom';

/** The loader's own address, and its <script> tag when there is exactly one. */
export interface OwnScript {
  url: string;
  tag: HTMLScriptElement | null;
}

/** A URL followed by :line:column, as V8, SpiderMonkey and JavaScriptCore all write stack frames. */
const FRAME_URL = /(?:https?|file):\/\/\S+?(?=:\d+:\d+)/;

/**
 * Where this file was loaded from, found without trusting anything markup can forge: the running
 * script from Document.prototype's getter (a named <img> cannot stand in for it, and it must be a
 * real <script>); where there is none (a module script, import(), eval) the address in this
 * code's own stack frame, and the settings of the one <script> tag with exactly that address.
 * Never the page's <base href>. Null when the address cannot be told.
 */
export function ownScript(doc: Document, trace: { stack?: string | undefined } = new Error()): OwnScript | null {
  const current = docGet(doc, 'currentScript');
  if (current instanceof HTMLScriptElement && current.src) return { url: current.src, tag: current };
  // Read only here: an Error's stack is written out when first read, and the engine then looks up
  // each frame's source position; made above, in this function, it still names this file.
  const url = FRAME_URL.exec(trace.stack ?? '')?.[0];
  if (!url) return null;
  const tags = [...Document.prototype.querySelectorAll.call(doc, 'script')].filter((s) => (s as HTMLScriptElement).src === url);
  return { url, tag: tags.length === 1 ? (tags[0] as HTMLScriptElement) : null };
}
