import { vi } from 'vitest';
import { en, es } from '../../content';
import { applyOverrides, loadOverrides, validateOverrides } from '../../widget/app/content-overrides';

const base = { en, es };
const item = { body: '<p>Plain <strong>words</strong>.</p>', sources: ['acs-risk'], reviewed: '2026-11-01' };

/** A fetch that answers with this text (or status), the way a server would. */
function answering(text: string, status = 200) {
  return vi.fn(async () => new Response(text, { status })) as unknown as typeof fetch;
}

function problemsOf(json: unknown) {
  return validateOverrides(json, base).problems;
}

describe('content overrides: validation', () => {
  it('replaces ui labels and items it knows, and leaves the built-in content untouched', () => {
    const { content, overrides, problems } = validateOverrides(
      { en: { ui: { 'opt.learn': 'Learn about treatment options' }, items: { 'treatment.low': { ...item, script: 'Say this.' } } } },
      base,
    );
    expect(problems).toEqual([]);
    expect(content.en!.ui['opt.learn']).toBe('Learn about treatment options');
    // The item's script line is kept apart, for staff mode's own content (test/bench/size-graph.mjs).
    expect(content.en!.items['treatment.low']).toEqual(item);
    expect(overrides.en!.scripts).toEqual({ 'treatment.low': 'Say this.' });
    expect(content.es).toBe(es);
    expect(en.ui['opt.learn']).toBe('Learn about treatment');
  });

  it('accepts staff mode’s strings, which the visitor content does not carry: one file serves both pages', () => {
    const { overrides, problems } = validateOverrides({ en: { ui: { 'staff.title': 'Helpline call guide' } } }, base);
    expect(problems).toEqual([]);
    expect(overrides.en!.ui).toEqual({ 'staff.title': 'Helpline call guide' });
    expect(problemsOf({ en: { ui: { 'staff.title': '<b>Guide</b>' } } }).map((p) => p.path)).toEqual(['$.en.ui["staff.title"]']);
  });

  it('adds a new glossary term given in every locale, with its words and definition', () => {
    const term = (words: string[]) => ({ glossary: { ferritin: words }, items: { 'glossary.ferritin': item } });
    const { content, overrides, problems } = validateOverrides({ en: term(['ferritin']), es: term(['ferritina']) }, base);
    expect(problems).toEqual([]);
    expect(content.es!.glossary!.ferritin).toEqual(['ferritina']);
    expect(applyOverrides(en, overrides).items['glossary.ferritin']).toEqual(item);
  });

  it.each([
    ['not an object', [], '$'],
    ['an unknown locale', { fr: {} }, '$.fr'],
    ['an unknown section', { en: { pages: {} } }, '$.en.pages'],
    ['an unknown ui key', { en: { ui: { 'opt.nope': 'x' } } }, '$.en.ui["opt.nope"]'],
    ['markup in a ui label', { en: { ui: { 'opt.learn': '<b>x</b>' } } }, '$.en.ui["opt.learn"]'],
    ['an empty label', { es: { ui: { 'opt.learn': ' ' } } }, '$.es.ui["opt.learn"]'],
    ['an unknown item key', { en: { items: { 'treatment.extra': item } } }, '$.en.items["treatment.extra"]'],
    [
      'a script in a body',
      { en: { items: { 'treatment.low': { ...item, body: '<p>hi</p><script>alert(1)</script>' } } } },
      '$.en.items["treatment.low"].body',
    ],
    [
      'a javascript: link',
      { en: { items: { 'treatment.low': { ...item, body: '<a href="javascript:alert(1)">x</a>' } } } },
      '$.en.items["treatment.low"].body',
    ],
    ['an event handler', { en: { items: { 'treatment.low': { ...item, body: '<p onclick="x()">hi</p>' } } } }, '$.en.items["treatment.low"].body'],
    ['a missing source', { en: { items: { 'treatment.low': { body: 'x', reviewed: '2026-01-01' } } } }, '$.en.items["treatment.low"].sources'],
    ['an unknown source', { en: { items: { 'treatment.low': { ...item, sources: ['wikipedia'] } } } }, '$.en.items["treatment.low"].sources[0]'],
    ['a missing review date', { en: { items: { 'treatment.low': { body: 'x', sources: ['acs-risk'] } } } }, '$.en.items["treatment.low"].reviewed'],
    ['an impossible date', { en: { items: { 'treatment.low': { ...item, reviewed: '2026-02-30' } } } }, '$.en.items["treatment.low"].reviewed'],
    ['an unknown item field', { en: { items: { 'treatment.low': { ...item, html: 'x' } } } }, '$.en.items["treatment.low"].html'],
    ['an unknown placeholder', { en: { items: { 'treatment.low': { ...item, body: 'Call {fax}' } } } }, '$.en.items["treatment.low"].body'],
    [
      'a new term in one locale only',
      { en: { glossary: { ferritin: ['ferritin'] }, items: { 'glossary.ferritin': item } } },
      '$.es.glossary.ferritin',
    ],
    ['a definition without words', { en: { items: { 'glossary.ferritin': item } } }, '$.en.items["glossary.ferritin"]'],
  ])('refuses %s, naming where', (_what, json, path) => {
    const result = validateOverrides(json, base);
    expect(result.problems.map((p) => p.path)).toContain(path);
    expect(result.content).toBe(base);
    expect(result.overrides).toEqual({});
  });

  it('takes the file whole or not at all: one bad item keeps every built-in text', () => {
    const { content, problems } = validateOverrides(
      { en: { ui: { 'opt.learn': 'Changed' }, items: { 'treatment.low': { ...item, sources: [] } } } },
      base,
    );
    expect(problems).toHaveLength(1);
    expect(content.en!.ui['opt.learn']).toBe('Learn about treatment');
  });

  it('accepts https and tel links in bodies', () => {
    const body = '<p><a href="https://www.cancer.gov/">NCI</a> or <a href="tel:{phoneHref}">{phone}</a></p>';
    expect(problemsOf({ en: { items: { 'handoff.phone': { ...item, body } } } })).toEqual([]);
  });
});

describe('content overrides: loading', () => {
  it('fetches without credentials and applies a good file', async () => {
    const fetchFn = answering(JSON.stringify({ en: { ui: { 'opt.learn': 'Learn more' } } }));
    const warn = vi.fn();
    const result = await loadOverrides('https://example.org/content.json', fetchFn, base, { warn });
    expect(result.error).toBeUndefined();
    expect(result.content.en!.ui['opt.learn']).toBe('Learn more');
    expect(warn).not.toHaveBeenCalled();
    expect(fetchFn).toHaveBeenCalledWith('https://example.org/content.json', expect.objectContaining({ credentials: 'omit' }));
  });

  it.each([
    [
      'a network error',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch,
      'content-fetch',
      /network error/,
    ],
    ['an HTTP error', answering('nope', 404), 'content-fetch', /answered 404/],
    ['bad JSON', answering('{ "en": '), 'content-json', /not valid JSON/],
    [
      'content that fails the schema',
      answering('{"en":{"items":{"treatment.low":{"body":"<img src=x onerror=alert(1)>","sources":["acs-risk"],"reviewed":"2026-01-01"}}}}'),
      'content-invalid',
      /\$\.en\.items\["treatment\.low"\]\.body/,
    ],
  ])('keeps the built-in content on %s, with one warning and an error', async (_what, fetchFn, code, said) => {
    const warn = vi.fn();
    const result = await loadOverrides('https://example.org/c.json', fetchFn, base, { warn });
    expect(result.content).toBe(base);
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toMatch(said);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/^content overrides from https:\/\/example\.org\/c\.json were not used: /);
  });

  it('logs one console warning with the widget’s prefix when no warn is given', async () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await loadOverrides('https://example.org/c.json', answering('[1]'), base);
      expect(spy).toHaveBeenCalledOnce();
      expect(spy.mock.calls[0]![0]).toMatch(
        /^\[helpline-widget\] content overrides from https:\/\/example\.org\/c\.json were not used: \$: must be an object/,
      );
    } finally {
      spy.mockRestore();
    }
  });

  it('gives up after the timeout and aborts the request', async () => {
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      const fetchFn = vi.fn((_url: string, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      }) as unknown as typeof fetch;
      const warn = vi.fn();
      const pending = loadOverrides('https://example.org/slow.json', fetchFn, base, { warn });
      await vi.advanceTimersByTimeAsync(8000);
      const result = await pending;
      expect(result.error?.code).toBe('content-timeout');
      expect(signal?.aborted).toBe(true);
      expect(result.content).toBe(base);
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
