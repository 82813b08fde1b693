import { SOURCES } from '../../content/sources';
import { LOCALES, type LocaleContent } from '../../content/types';
import { MAX_BODY, MAX_LABEL, MAX_SCRIPT, MAX_TERMS, MAX_WORD, MAX_WORDS } from '../app/content-overrides';

/**
 * The JSON Schema of a content overrides file (data-content-url; widget/app/content-overrides.ts
 * is the validator the widget runs). Generated from the built-in content, so every key it has is
 * a property an editor completes, with its English text as the description, and from the
 * validator's own limits. What a schema cannot say is left to the validator (and the checker,
 * `npx helpline-widget check`): the way to a person (reach-rules.ts), markup DOMPurify refuses,
 * unknown {placeholders}, a new glossary term missing from a locale, dates that are not in the
 * calendar. test/unit/overrides-schema.test.ts holds both to one corpus
 * (test/fixtures/overrides-corpus/).
 */
export const SCHEMA_URL = 'https://unpkg.com/helpline-widget/dist/schema.json';

const TERM = '[A-Za-z][A-Za-z0-9]{0,39}';
const NOT_BLANK = '\\S';
const plainText = (max: number) => ({ type: 'string', maxLength: max, allOf: [{ pattern: NOT_BLANK }, { pattern: '^[^<>]*$' }] });
const summary = (text: string) => {
  const plain = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 160 ? `${plain.slice(0, 159)}…` : plain;
};

export function overridesSchema(base: Record<string, LocaleContent>): object {
  const en = base.en!;
  const uiKeys = Object.keys(en.ui);
  const itemKeys = Object.keys(en.items);
  const locale = (content: LocaleContent) => ({
    type: 'object',
    additionalProperties: false,
    properties: {
      ui: {
        type: 'object',
        description: 'Labels, button texts and headings: plain text.',
        properties: Object.fromEntries(uiKeys.map((key) => [key, { $ref: '#/definitions/label', description: content.ui[key] }])),
        patternProperties: { '^staff\\.': { $ref: '#/definitions/label', description: 'A string of staff mode (the call guide).' } },
        additionalProperties: false,
      },
      items: {
        type: 'object',
        description: 'What the assistant says: a body of allow-listed HTML, its sources and the date it was reviewed.',
        properties: Object.fromEntries(
          itemKeys.map((key) => [key, { $ref: '#/definitions/item', description: summary(content.items[key]?.body ?? '') }]),
        ),
        patternProperties: { [`^glossary\\.${TERM}$`]: { $ref: '#/definitions/item', description: 'The definition of a new glossary term.' } },
        additionalProperties: false,
      },
      glossary: {
        type: 'object',
        description: 'Glossary terms: the words that name each term; the first is the one shown.',
        maxProperties: MAX_TERMS,
        propertyNames: { pattern: `^${TERM}$` },
        additionalProperties: { type: 'array', minItems: 1, maxItems: MAX_WORDS, items: plainText(MAX_WORD) },
      },
    },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'Helpline widget content overrides (data-content-url)',
    description:
      'Replacement or extra content for the helpline widget. Check a file with `npx helpline-widget check file.json`: it also runs the rules a schema cannot express.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...Object.fromEntries(LOCALES.filter((l) => base[l]).map((l) => [l, locale(base[l]!)])),
    },
    definitions: {
      label: plainText(MAX_LABEL),
      item: {
        type: 'object',
        required: ['body', 'sources', 'reviewed'],
        additionalProperties: false,
        properties: {
          body: {
            type: 'string',
            maxLength: MAX_BODY,
            description:
              'Plain text or p, ul, ol, li, strong, em, br, a href="https:…|tel:…", span lang="es" (words in another language). {phone} and {emergency} are the page’s numbers.',
            pattern: NOT_BLANK,
            not: { pattern: '<\\s*/?\\s*([Ss][Cc][Rr][Ii][Pp][Tt]|[Ss][Tt][Yy][Ll][Ee]|[Mm][Ee][Tt][Aa])\\b' },
          },
          sources: {
            type: 'array',
            minItems: 1,
            description: 'Where the claims come from.',
            items: {
              enum: Object.keys(SOURCES),
              description: Object.entries(SOURCES)
                .map(([id, s]) => `${id}: ${s.title}`)
                .join('; '),
            },
          },
          reviewed: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description: 'When the item was last reviewed against its sources, yyyy-mm-dd.',
          },
          script: { ...plainText(MAX_SCRIPT), description: 'What a helpline specialist says for this item in staff mode.' },
        },
      },
    },
  };
}
