/**
 * The JSON Schema of the script tag's settings as one object (dist/config.schema.json): each
 * data-* attribute of the README's table with the values widget/embed/config.ts accepts, for
 * sites that keep their embed settings as data (a CMS field, a tag manager variable). Written in
 * the canonical form (lower case, no spaces around); the widget also forgives case and spaces.
 * test/component/config-schema.test.ts holds it to readConfig on one corpus of settings.
 */
import { FIELDS, PROVIDERS } from '../handoff/chat-settings';

const PHONE = '^\\+?[0-9][0-9 ().-]{1,24}$';
const HTTPS = '^(https://[^\\s]+|http://(localhost|127\\.0\\.0\\.1)([:/][^\\s]*)?)$';
const oneOf = (values: string[], description: string) => ({ enum: values, description: `${description} Default: ${values[0]}.` });

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/helpline-widget/dist/config.schema.json',
    title: 'Helpline widget settings (the script tag’s data-* attributes)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      'data-locale': oneOf(['en', 'es', 'auto'], 'The language; auto follows the page’s lang.'),
      'data-mode': oneOf(['visitor', 'staff'], 'The visitor’s chat or the specialists’ call guide.'),
      'data-position': oneOf(['right', 'left'], 'The corner of the floating widget.'),
      'data-target': { type: 'string', minLength: 1, description: 'A CSS selector: render inline inside that element.' },
      'data-open': oneOf(['false', 'true'], 'Open on load.'),
      'data-phone': { type: 'string', pattern: PHONE, description: 'The helpline number. Default: 1-800-227-2345.' },
      'data-emergency-number': { type: 'string', pattern: PHONE, description: 'The emergency number. Default: 911.' },
      'data-chat-url': { type: 'string', pattern: HTTPS, description: 'An https: link to live chat.' },
      'data-chat-hours': {
        type: 'string',
        minLength: 1,
        description: 'e.g. Mon-Fri 08:00-18:30 America/Chicago; checked when the conversation loads.',
      },
      'data-storage': oneOf(['session', 'local', 'none'], 'Where the conversation is kept.'),
      'data-content-url': { type: 'string', pattern: HTTPS, description: 'An https: link to JSON content overrides (dist/schema.json).' },
      'data-preload': oneOf(
        ['idle', 'intent'],
        'When the conversation’s code is fetched: once the page is idle (not on Save-Data or 2G), or only on the visitor’s intent.',
      ),
      'data-chat-provider': {
        enum: [...PROVIDERS],
        description: 'Open the site’s own chat at the hand-off with the shared summary; needs data-chat-url.',
      },
      'data-chat-fields': {
        type: 'string',
        pattern: `^\\s*(${FIELDS.join('|')})\\s*:\\s*[\\w.-]{1,100}\\s*(,\\s*(${FIELDS.join('|')})\\s*:\\s*[\\w.-]{1,100}\\s*)*$`,
        description: 'Your names for our fields, e.g. summary:Helpline_Summary,language:Helpline_Language.',
      },
      'data-analytics': oneOf(['none', 'datalayer', 'plausible'], 'Coarse, allow-listed events to the page’s dataLayer or Plausible.'),
      'data-events': oneOf(['stage', 'detailed'], 'The step event’s detail: the stage, or the exact step.'),
    },
  };
}
