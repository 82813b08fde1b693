import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../flows/fill-template';

describe('fillTemplate', () => {
  const values: Record<string, string> = { phone: '1-800-227-2345', kept: '' };
  const fromValues = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);

  it('fills every placeholder it has a value for, each time it appears', () => {
    expect(fillTemplate('Call {phone}. Again: {phone}.', fromValues)).toBe('Call 1-800-227-2345. Again: 1-800-227-2345.');
  });

  it('fills an empty value as empty, not as the placeholder', () => {
    expect(fillTemplate('Saved.{kept}', fromValues)).toBe('Saved.');
  });

  it('leaves a placeholder it has no value for as written, so the gap shows', () => {
    expect(fillTemplate('Opens {reopens}; call {phone}', fromValues)).toBe('Opens {reopens}; call 1-800-227-2345');
  });

  it('reads only word placeholders: braces around other text stay', () => {
    expect(fillTemplate('{ phone } {phone-number} {}', fromValues)).toBe('{ phone } {phone-number} {}');
  });
});
