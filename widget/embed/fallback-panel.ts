import { FALLBACK_LABELS } from '../../content/launcher';
import { readEmergencyNumber, telHref, type LocaleSetting } from './config';
import { create, insert } from './dom';

/** A tel: link that says what it dials: `<label>: <number>`. */
export function callLink(doc: Document, label: string, number: string): HTMLAnchorElement {
  const link = create(doc, 'a');
  link.href = telHref(number);
  link.textContent = `${label}: ${number}`;
  return link;
}

/**
 * The loader's own panel, drawn with plain DOM when the conversation cannot draw (a file failed
 * or never answered): the site's number, the emergency number and 988, and a way to try again.
 * A non-modal dialog like the real panel; the links look like the launcher (launcher.css).
 */
export function fallbackPanel(doc: Document, locale: LocaleSetting, phone: string, data: DOMStringMap, retry: () => void): HTMLElement {
  const t = FALLBACK_LABELS[locale];
  const panel = create(doc, 'div');
  panel.className = 'fallback';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'fallback-intro');
  insert(panel, create(doc, 'p')).textContent = t.intro;
  panel.firstElementChild!.id = 'fallback-intro';
  for (const [label, number] of [
    [t.helpline, phone],
    [t.emergency, readEmergencyNumber(data)],
    [t.crisis, '988'],
  ] as const)
    insert(panel, callLink(doc, label, number)).className = 'launcher';
  const again = insert(panel, create(doc, 'button'));
  again.textContent = t.retry;
  again.onclick = retry;
  return panel;
}
