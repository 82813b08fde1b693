// @vitest-environment jsdom
import { vi } from 'vitest';
import { readConfig, telHref } from '../../widget/embed/config';

const read = (data: Record<string, string>) => {
  const warn = vi.fn();
  const config = readConfig(data, document, 'https://example.org/', warn);
  return { config, warn };
};

describe('data-* attributes', () => {
  it('uses the documented defaults when nothing is set', () => {
    const { config, warn } = read({});
    expect(config).toMatchObject({ locale: 'en', mode: 'visitor', position: 'right', open: false, phone: '1-800-227-2345', emergencyNumber: '911', storage: 'session', chatUrl: null, contentUrl: null, target: null });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once, naming the attribute, and falls back on a bad value', () => {
    const { config, warn } = read({ locale: 'klingon', position: 'middle', phone: '<script>' });
    expect(config.locale).toBe('en');
    expect(config.position).toBe('right');
    expect(config.phone).toBe('1-800-227-2345');
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map((c) => c[0]).join('\n')).toMatch(/data-locale="klingon"[\s\S]*data-position="middle"[\s\S]*data-phone/);
  });

  it('accepts only https: chat and content addresses', () => {
    const { config, warn } = read({ chatUrl: 'javascript:alert(1)', contentUrl: '/content/es.json' });
    expect(config.chatUrl).toBeNull();
    expect(config.contentUrl).toBe('https://example.org/content/es.json');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data-chat-url'));
  });

  it('follows the page language when the locale is auto', () => {
    document.documentElement.lang = 'es-MX';
    expect(read({ locale: 'auto' }).config.locale).toBe('es');
    document.documentElement.lang = 'en';
  });

  it('falls back to the floating widget when data-target matches nothing or is not a selector', () => {
    expect(read({ target: '#nowhere' }).warn).toHaveBeenCalledWith(expect.stringContaining('matches no element'));
    expect(read({ target: '[[[' }).warn).toHaveBeenCalledWith(expect.stringContaining('not a valid CSS selector'));
  });

  it('makes dialable tel: links', () => {
    expect(telHref('1-800-227-2345')).toBe('tel:18002272345');
  });
});
