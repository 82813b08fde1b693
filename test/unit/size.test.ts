// @ts-expect-error: a plain ES module of the size script (test/bench), without type declarations
import { BUDGETS, CEILINGS, conversationFiles } from '../bench/size-graph.mjs';

/** The shape Vite writes to dist/.vite/manifest.json for the app build (vite.config.ts). */
const manifest = {
  '_shared.js': { file: 'shared-1.js', imports: ['_tiny.js'] },
  '_tiny.js': { file: 'tiny-1.js', imports: ['_shared.js'] },
  'widget/embed/app.ts': {
    file: 'helpline-app.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['content/en/index.ts', 'content/es/index.ts', 'widget/staff/view.tsx', 'content/lexicon.ts', 'widget/app/chat-hours.ts'],
  },
  'widget/app/chat-hours.ts': { file: 'chat-hours-1.js', isDynamicEntry: true, imports: ['_shared.js'] },
  'content/lexicon.ts': { file: 'lexicon-1.js', isDynamicEntry: true },
  'content/en/index.ts': { file: 'en-1.js', isDynamicEntry: true, imports: ['_tiny.js', '_content.js'] },
  'content/es/index.ts': { file: 'es-1.js', isDynamicEntry: true, imports: ['_tiny.js'] },
  '_content.js': { file: 'content-1.js' },
  'widget/staff/view.tsx': { file: 'staff-1.js', isDynamicEntry: true },
};

describe('what a full conversation loads', () => {
  it('counts the loader, the app with its imports, what it loads on demand, and one language, each file once', () => {
    expect(conversationFiles(manifest, 'en').sort()).toEqual(
      ['helpline-widget.js', 'helpline-app.js', 'shared-1.js', 'tiny-1.js', 'en-1.js', 'content-1.js', 'lexicon-1.js'].sort(),
    );
  });

  it('leaves out the other language and the staff guide, which load only when asked for', () => {
    const files = conversationFiles(manifest, 'es');
    expect(files).toContain('es-1.js');
    expect(files).not.toContain('en-1.js');
    expect(files).not.toContain('content-1.js');
    expect(files).not.toContain('staff-1.js');
  });

  it('counts the chat hours code only for a site that links a live chat', () => {
    expect(conversationFiles(manifest, 'en')).not.toContain('chat-hours-1.js');
    expect(conversationFiles(manifest, 'en', { chat: true })).toContain('chat-hours-1.js');
  });

  it('fails loudly when a language is not a chunk of its own', () => {
    expect(() => conversationFiles(manifest, 'fr')).toThrow(/no content chunk for "fr"/);
  });

  it('holds the budgets of issue 7, and a ceiling that only lets the conversation shrink', () => {
    expect(BUDGETS).toEqual({ loader: 2000, conversation: 40000 });
    expect(CEILINGS.loader).toBe(BUDGETS.loader);
    expect(CEILINGS.conversation).toBeGreaterThanOrEqual(BUDGETS.conversation);
    expect(CEILINGS.conversation).toBeLessThanOrEqual(58_500);
    expect(CEILINGS.withChat).toBeGreaterThanOrEqual(BUDGETS.conversation);
    expect(CEILINGS.withChat).toBeLessThanOrEqual(60_000);
  });
});
