// @vitest-environment jsdom
import { vi } from 'vitest';
import { readAppConfig, readConfig, readLauncherConfig, telHref } from '../../widget/embed/config';

const read = (data: Record<string, string>) => {
  const warn = vi.fn();
  const config = readConfig(data, document, 'https://example.org/', warn);
  return { config, warn };
};

describe('data-* attributes', () => {
  it('uses the documented defaults when nothing is set', () => {
    const { config, warn } = read({});
    expect(config).toMatchObject({
      locale: 'en',
      mode: 'visitor',
      position: 'right',
      open: false,
      phone: '1-800-227-2345',
      emergencyNumber: '911',
      storage: 'session',
      chatUrl: null,
      contentUrl: null,
      target: null,
    });
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
    for (const [lang, locale] of [
      ['es-MX', 'es'],
      ['ES', 'es'],
      ['en-GB', 'en'],
      ['', 'en'],
      ['esperanto', 'en'],
    ]) {
      document.documentElement.lang = lang!;
      expect(read({ locale: 'auto' }).config.locale).toBe(locale);
    }
    document.documentElement.lang = 'en';
  });

  it('falls back to the floating widget when data-target matches nothing or is not a selector', () => {
    for (const target of ['#nowhere', '[[[']) {
      const { config, warn } = read({ target });
      expect(config.target).toBeNull();
      expect(warn).toHaveBeenCalledExactlyOnceWith(`data-target="${target}" matches no element; showing the floating widget.`);
    }
  });

  it('renders into the element data-target selects', () => {
    const box = document.body.appendChild(document.createElement('section'));
    box.id = 'help';
    expect(read({ target: '#help' }).config.target).toBe(box);
    box.remove();
  });

  it('names multi-word attributes as the page wrote them', () => {
    const { config, warn } = read({ emergencyNumber: 'call me', storage: 'cookies' });
    expect(config).toMatchObject({ emergencyNumber: '911', storage: 'session' });
    expect(warn).toHaveBeenCalledWith('data-emergency-number="call me" is not a phone number; using "911".');
    expect(warn).toHaveBeenCalledWith('data-storage="cookies" is not one of session, local, none; using "session".');
  });

  it("splits the settings: the loader reads the launcher's, the app the rest, each warning once", () => {
    const data = { phone: 'x', chatUrl: 'ftp://example.org' };
    const warn = vi.fn();
    const launcher = readLauncherConfig(data, document, 'https://example.org/', warn);
    expect(Object.keys(launcher).sort()).toEqual(['locale', 'mode', 'open', 'phone', 'position', 'preload', 'target']);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([expect.stringContaining('data-phone="x"')]);
    const app = readAppConfig(data, document, 'https://example.org/', warn);
    expect(app.chatUrl).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('data-chat-url="ftp://example.org"'));
  });

  it('reads data-preload, idle by default, with a warning for anything else', () => {
    expect(read({}).config.preload).toBe('idle');
    expect(read({ preload: 'intent' }).config.preload).toBe('intent');
    const { config, warn } = read({ preload: 'eager' });
    expect(config.preload).toBe('idle');
    expect(warn).toHaveBeenCalledWith('data-preload="eager" is not one of idle, intent; using "idle".');
  });

  it('makes dialable tel: links', () => {
    expect(telHref('1-800-227-2345')).toBe('tel:18002272345');
  });
});
