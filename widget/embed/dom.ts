/**
 * The document's members the widget relies on, read through Document.prototype and not from the
 * document itself: markup alone shadows them. `<img name="currentScript">`, `<img name="body">`
 * or `<form name="defaultView">` become properties of the document (HTML, "Document object's
 * named properties": https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem),
 * and a site's sanitizer, which strips scripts, keeps such names.
 */
export function docGet<K extends 'body' | 'currentScript' | 'defaultView' | 'documentElement'>(doc: Document, key: K): Document[K] {
  return Object.getOwnPropertyDescriptor(Document.prototype, key)!.get!.call(doc) as Document[K];
}

/**
 * Inserts without the page's help: appendChild from Node.prototype, where pages that patch or
 * polyfill ParentNode's append() (Element.prototype.append, DocumentFragment.prototype.append)
 * cannot reach it. Preact inserts the same way.
 */
export function insert<T extends Node>(parent: Node, child: T): T {
  return Node.prototype.appendChild.call(parent, child) as T;
}

/** One line in the console, prefixed; a page whose console.warn throws must not stop the widget. */
export function warn(message: string): void {
  try {
    console.warn(`[helpline-widget] ${message}`);
  } catch {
    // nowhere else to say it
  }
}

/** document.createElement, from the prototype for the same reason as docGet. */
export function create<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K): HTMLElementTagNameMap[K];
export function create(doc: Document, tag: string): HTMLElement;
export function create(doc: Document, tag: string): HTMLElement {
  return Document.prototype.createElement.call(doc, tag);
}
