import { describe, expect, it } from 'vitest';
import { scriptFor } from '../../widget/staff/script-for';

describe('the specialist’s line for an item', () => {
  const scripts = { 'intake.stage.ask': 'Ask where the tumor is.', glossary: 'Read the meaning.' };

  it('is the item’s own line when it has one', () => {
    expect(scriptFor(scripts, 'intake.stage.ask')).toBe('Ask where the tumor is.');
  });

  it('is its family’s line otherwise: one line for every glossary word', () => {
    expect(scriptFor(scripts, 'glossary.mycn')).toBe('Read the meaning.');
    expect(scriptFor(scripts, 'glossary.newWord')).toBe('Read the meaning.');
  });

  it('is nothing for an item with neither, and never an object’s built-in member', () => {
    expect(scriptFor(scripts, 'treatment.low')).toBeUndefined();
    expect(scriptFor(scripts, 'constructor.x')).toBeUndefined();
    expect(scriptFor(scripts, 'toString')).toBeUndefined();
  });
});
