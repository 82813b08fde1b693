import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { en, es } from '../../content';
import { overridesSchema } from '../../widget/toolkit/overrides-schema';
import { validateOverrides } from '../../widget/app/content-overrides';

/**
 * The published JSON Schema (dist/schema.json, widget/toolkit/overrides-schema.ts) and the validator the
 * widget runs (widget/app/content-overrides.ts) judge one corpus of files alike
 * (test/fixtures/overrides-corpus/): valid/ both accept, invalid/ both refuse, and runtime-only/
 * is what a schema cannot say (the way to a person, DOMPurify's judgement, placeholders, calendar
 * dates, a new term in every locale), which the schema accepts and the widget refuses.
 */
// jsdom's import.meta.url is not a file: URL; the tests run from the repository's root.
const corpus = join(process.cwd(), 'test/fixtures/overrides-corpus');
const files = (folder: string) => readdirSync(join(corpus, folder)).filter((f) => f.endsWith('.json'));
const read = (folder: string, file: string): unknown => JSON.parse(readFileSync(join(corpus, folder, file), 'utf8'));

const schema = overridesSchema({ en, es });
const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
const widget = (json: unknown) => validateOverrides(json, { en, es }).problems;

describe('the overrides JSON Schema and the widget’s validator', () => {
  it.each(files('valid'))('both accept valid/%s', (file) => {
    const json = read('valid', file);
    expect(widget(json)).toEqual([]);
    expect(check(json), JSON.stringify(check.errors)).toBe(true);
  });

  it.each(files('invalid'))('both refuse invalid/%s', (file) => {
    const json = read('invalid', file);
    expect(widget(json)).not.toEqual([]);
    expect(check(json)).toBe(false);
  });

  it.each(files('runtime-only'))('the widget refuses runtime-only/%s, which a schema cannot express', (file) => {
    const json = read('runtime-only', file);
    expect(widget(json)).not.toEqual([]);
    expect(check(json), JSON.stringify(check.errors)).toBe(true);
  });

  it('offers every built-in key to an editor, with its English text', () => {
    const items = (schema as { properties: { en: { properties: { items: { properties: Record<string, { description: string }> } } } } }).properties.en
      .properties.items.properties;
    expect(Object.keys(items).sort()).toEqual(Object.keys(en.items).sort());
    expect(items['treatment.low']!.description).toMatch(/^Low risk treatment is often light\./);
  });

  it('covers each folder with files', () => {
    for (const folder of ['valid', 'invalid', 'runtime-only']) expect(files(folder).length).toBeGreaterThan(5);
  });
});
