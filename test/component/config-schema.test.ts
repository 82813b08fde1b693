import Ajv from 'ajv';
import { configSchema } from '../../widget/toolkit/config-schema';
import { readConfig } from '../../widget/embed/config';
import { readChatVendor } from '../../widget/handoff/chat-settings';

/**
 * dist/config.schema.json (widget/toolkit/config-schema.ts) and the widget's own reading of its data-*
 * attributes (widget/embed/config.ts) on one corpus of settings: what the schema accepts the
 * widget reads without a warning, and what it refuses the widget warns about (and uses the default).
 */
const check = new Ajv({ allErrors: true, strict: false }).compile(configSchema());

/** The widget's warnings for these attributes, on a page with a #help element. */
function warnings(settings: Record<string, string>): string[] {
  document.body.innerHTML = '<div id="help"></div>';
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(settings)) script.setAttribute(name, value);
  const warned: string[] = [];
  const config = readConfig(script.dataset, document, 'https://example.org/', (m) => void warned.push(m));
  // The chat vendor is read by the app where it mounts (widget/embed/start-app.ts).
  readChatVendor(script.dataset, config.chatUrl, (m) => void warned.push(m));
  return warned;
}

const VALID: Record<string, string>[] = [
  {},
  { 'data-locale': 'es', 'data-mode': 'staff', 'data-position': 'left', 'data-open': 'true', 'data-storage': 'local' },
  { 'data-locale': 'auto', 'data-target': '#help', 'data-phone': '+1 (800) 227-2345', 'data-emergency-number': '112' },
  { 'data-chat-url': 'https://chat.example.org/start', 'data-content-url': 'http://localhost:8080/content.json' },
  { 'data-analytics': 'datalayer', 'data-events': 'detailed' },
  { 'data-analytics': 'plausible', 'data-events': 'stage', 'data-storage': 'none' },
  { 'data-preload': 'intent' },
  {
    'data-chat-url': 'https://chat.example.org/',
    'data-chat-provider': 'zendesk',
    'data-chat-fields': 'summary:4422761977114, language:4422761977115',
  },
  { 'data-chat-url': 'https://chat.example.org/', 'data-chat-provider': 'salesforce' },
];
const INVALID: Record<string, string>[] = [
  { 'data-locale': 'fr' },
  { 'data-mode': 'admin' },
  { 'data-position': 'top' },
  { 'data-open': 'yes' },
  { 'data-phone': 'call us' },
  { 'data-emergency-number': '911!' },
  { 'data-chat-url': 'http://chat.example.org/' },
  { 'data-content-url': 'javascript:alert(1)' },
  { 'data-storage': 'cookie' },
  { 'data-analytics': 'ga4' },
  { 'data-events': 'all' },
  { 'data-preload': 'eager' },
  { 'data-chat-url': 'https://chat.example.org/', 'data-chat-provider': 'drift' },
  { 'data-chat-url': 'https://chat.example.org/', 'data-chat-provider': 'intercom', 'data-chat-fields': 'name:Visitor_Name' },
];

describe('the settings JSON Schema and the widget’s reading of its attributes', () => {
  it.each(VALID.map((s) => [JSON.stringify(s), s] as const))('both accept %s', (_, settings) => {
    expect(warnings(settings)).toEqual([]);
    expect(check(settings), JSON.stringify(check.errors)).toBe(true);
  });

  it.each(INVALID.map((s) => [JSON.stringify(s), s] as const))('both refuse %s', (_, settings) => {
    expect(warnings(settings)).toHaveLength(1);
    expect(check(settings)).toBe(false);
  });

  it('describes every attribute the README’s table lists', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8');
    const table = [...readme.matchAll(/^\| `(data-[a-z-]+)` \|/gm)].map(([, name]) => name);
    const described = Object.keys((configSchema() as { properties: object }).properties).filter((k) => k !== '$schema');
    expect(described.sort()).toEqual(table.sort());
  });
});
