import { vi } from 'vitest';
import { en, es } from '../../content';
import type { LocaleContent } from '../../content/types';
import { loadOverrides, MAX_BODY, MAX_BYTES, MAX_TERMS, MAX_WORD, MAX_WORDS, validateOverrides } from '../../widget/app/content-overrides';

const base = { en, es };
const vars = { phone: '1-800-227-2345', emergency: '911' };
const source = { sources: ['acs-risk'], reviewed: '2026-11-01' };
const item = (body: string) => ({ body, ...source });
/** Files of a hundred or more bodies: each goes through DOMPurify, which jsdom makes slow. */
const SLOW = 30_000;

const ui = (key: string, value: string) => ({ en: { ui: { [key]: value } } });
const items = (key: string, body: string) => ({ en: { items: { [key]: item(body) } } });

/** A glossary of `terms` new terms of `words` words each, defined in both languages. */
function glossary(terms: number, words: number, word = (t: number, w: number) => `word${t}x${w}`) {
  const locale = () => ({
    glossary: Object.fromEntries(Array.from({ length: terms }, (_, t) => [`term${t}`, Array.from({ length: words }, (_, w) => word(t, w))])),
    items: Object.fromEntries(Array.from({ length: terms }, (_, t) => [`glossary.term${t}`, item('A word.')])),
  });
  return { en: locale(), es: locale() };
}

describe('overrides cannot remove the way to a person', () => {
  it.each<[string, unknown, string, RegExp]>([
    // A control's label with nothing to read.
    ['a zero-width label on the call bar', ui('ui.callHelpline', '\u200b\u200c\u2060'), '$.en.ui["ui.callHelpline"]', /text a reader can see/],
    ['a label of spaces and a byte-order mark', ui('opt.talkToPerson', ' \ufeff\u00a0 '), '$.en.ui["opt.talkToPerson"]', /text a reader can see/],
    ['an emergency body of markup only', items('emergency.now', '<p> </p>'), '$.en.items["emergency.now"].body', /text a reader can see/],
    // Dropping a number the built-in text gives.
    ['a call bar without the helpline number', ui('ui.callHelpline', 'Call us, open 24/7'), '$.en.ui["ui.callHelpline"]', /helpline number/],
    [
      'a hand-off without the helpline number',
      items('handoff.phone', 'Please read more on our site.'),
      '$.en.items["handoff.phone"].body',
      /helpline number/,
    ],
    [
      'emergency text telling people not to call',
      items('emergency.now', 'Do not call emergency services. Text 988 instead.'),
      '$.en.items["emergency.now"].body',
      /emergency number/,
    ],
    [
      'emergency text without 988',
      items('emergency.now', 'If your child needs urgent help, call {emergency} now.'),
      '$.en.items["emergency.now"].body',
      /988/,
    ],
    // A way to a person relabelled as something else: it would still dial, but not say so.
    [
      '"Talk to a person" relabelled "Read more"',
      ui('opt.talkToPerson', 'Read more'),
      '$.en.ui["opt.talkToPerson"]',
      /leads to a person must say so/,
    ],
    ['"This is an emergency" relabelled "Read more"', ui('opt.emergency', 'Read more'), '$.en.ui["opt.emergency"]', /leads to a person must say so/],
    [
      'the Spanish live-chat link relabelled "Más información"',
      { es: { ui: { 'ui.openChat': 'Más información' } } },
      '$.es.ui["ui.openChat"]',
      /leads to a person must say so/,
    ],
    // Showing a number the widget does not dial.
    [
      'a call bar showing another number',
      ui('ui.callHelpline', 'Call 1-900-555-0199 or {phone}'),
      '$.en.ui["ui.callHelpline"]',
      /does not dial \(9005550199\)/,
    ],
    [
      'the helpline shown on a link to a 1-900 number',
      items('handoff.phone', 'Call <a href="tel:19005550199">1-800-227-2345</a>, 24/7.'),
      '$.en.items["handoff.phone"].body',
      /does not dial|other than the one it dials/,
    ],
    ['a label with another number', ui('opt.talkToPerson', 'Talk to a person: (900) 555-0199'), '$.en.ui["opt.talkToPerson"]', /does not dial/],
    ['a number hidden after the helpline', ui('ui.callHelpline', 'Call {phone}-900-555-0199'), '$.en.ui["ui.callHelpline"]', /does not dial/],
    [
      'a hand-off text with another short number',
      items('handoff.intro', 'Or dial 976 for more.'),
      '$.en.items["handoff.intro"].body',
      /does not dial \(976\)/,
    ],
    [
      'any link whose shown number is not the number it dials',
      items('treatment.low', '<p>Clinic: <a href="tel:5551234567">555-765-4321</a></p>'),
      '$.en.items["treatment.low"].body',
      /other than the one it dials/,
    ],
    // Sources, markup, sizes.
    [
      'a source named like an Object member',
      { en: { items: { 'treatment.low': { ...item('x'), sources: ['toString'] } } } },
      '$.en.items["treatment.low"].sources[0]',
      /unknown source/,
    ],
    ['a ui key named like an Object member', ui('toString', 'x'), '$.en.ui.toString', /unknown key/],
    [
      'a glossary term named like an Object member',
      { en: { glossary: { constructor: ['x'] }, items: { 'glossary.constructor': item('x') } } },
      '$.es.glossary.constructor',
      /every locale/,
    ],
    [
      'a <style> leading a body (the parser would move it out unseen)',
      items('treatment.low', '<style>p{display:none}</style><p>x</p>'),
      '$.en.items["treatment.low"].body',
      /<style> is not allowed/,
    ],
    [
      'a <meta> refresh in a body',
      items('treatment.low', '<meta http-equiv="refresh" content="0;url=https://x.example"><p>x</p>'),
      '$.en.items["treatment.low"].body',
      /<meta> is not allowed/,
    ],
    [
      'a <script> in a body',
      items('treatment.low', '<p>x</p><SCRIPT>alert(1)</SCRIPT>'),
      '$.en.items["treatment.low"].body',
      /<script> is not allowed/,
    ],
    ['a body too long', items('treatment.low', `<p>${'word '.repeat(MAX_BODY / 5)}</p>`), '$.en.items["treatment.low"].body', /longer than/],
    ['too many glossary terms', glossary(MAX_TERMS + 1, 1), '$.en.glossary', /more than \d+ terms/],
    ['too many words for one term', glossary(1, MAX_WORDS + 1), '$.en.glossary.term0', /more than \d+ words/],
    ['a glossary word too long', glossary(1, 1, () => 'x'.repeat(MAX_WORD + 1)), '$.en.glossary.term0[0]', /longer than/],
  ])(
    'refuses %s, naming where, and keeps the built-in content',
    (_, json, path, message) => {
      const result = validateOverrides(json, base, window, vars);
      expect(result.problems).toContainEqual({ path, message: expect.stringMatching(message) });
      expect(result.content).toBe(base);
      expect(result.overrides).toEqual({});
    },
    SLOW,
  );

  it.each<[string, unknown]>([
    ['the call bar reworded, number kept', ui('ui.callHelpline', 'Phone {phone} (24/7)')],
    ['the number written out instead of {phone}', ui('ui.callHelpline', 'Call 1 (800) 227-2345 any time')],
    ['the hand-off with its link', items('handoff.phone', 'Call us at <a href="tel:{phoneHref}">{phone}</a>, 24 hours a day.')],
    [
      'the emergency text reworded, all numbers kept',
      items('emergency.now', 'Call {emergency} now if your child needs help. In crisis, call or text 988.'),
    ],
    ['a control relabelled', ui('opt.talkToPerson', 'Talk to a specialist')],
    [
      'a way to a person relabelled in Spanish',
      { es: { ui: { 'opt.talkToPerson': 'Llamar a una especialista', 'opt.emergency': 'Es una emergencia' } } },
    ],
    ['the chat link relabelled', ui('ui.openChat', 'Chat with our nurses')],
    ['a dated body', items('treatment.low', '<p>Updated 2026-11-01 by our team.</p>')],
    ['a glossary at the limits', glossary(MAX_TERMS, MAX_WORDS)],
  ])(
    'accepts %s',
    (_, json) => {
      expect(validateOverrides(json, base, window, vars).problems).toEqual([]);
    },
    SLOW,
  );

  it('holds texts to the page’s own numbers (data-phone, data-emergency-number)', () => {
    const uk = { phone: '0808 808 00 00', emergency: '999' };
    expect(validateOverrides(ui('ui.callHelpline', 'Call 0808 808 00 00'), base, window, uk).problems).toEqual([]);
    expect(validateOverrides(ui('ui.callHelpline', 'Call 1-800-227-2345'), base, window, uk).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/helpline number/),
      expect.stringMatching(/does not dial/),
    ]);
  });

  it(
    'accepts every built-in text given back as an override of itself',
    () => {
      const self = (content: LocaleContent) => ({
        ui: content.ui,
        items: Object.fromEntries(Object.entries(content.items).map(([key, value]) => [key, { ...value, sources: [...value.sources] }])),
      });
      const problems = validateOverrides({ en: self(en), es: self(es) }, base, window, vars).problems;
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it('refuses a 20 KB glossary of 3,000 words before it reaches the matcher, with one warning and an error', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const file = JSON.stringify({ en: { glossary: { mycn: words } }, es: { glossary: { mycn: words } } });
    expect(file.length).toBeGreaterThan(20_000);
    const warn = vi.fn();
    const result = await loadOverrides('https://example.org/o.json', (async () => new Response(file)) as typeof fetch, base, { warn, vars });
    expect(result.error).toMatchObject({ code: 'content-invalid', message: expect.stringContaining('$.en.glossary.mycn: more than') });
    expect(warn).toHaveBeenCalledOnce();
    expect(result.content).toBe(base);
  });

  it('refuses a file larger than the limit without reading it as JSON', async () => {
    const file = JSON.stringify({ en: { ui: { 'opt.learn': 'x'.repeat(MAX_BYTES) } } });
    const result = await loadOverrides('https://example.org/o.json', (async () => new Response(file)) as typeof fetch, base, { warn: () => {} });
    expect(result.error).toMatchObject({ code: 'content-invalid', message: expect.stringContaining('larger than') });
  });
});
