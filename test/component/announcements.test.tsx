import { fireEvent, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { es } from '../../content/es';
import { renderPanel } from './panel-harness';
import './settle-timers';

/**
 * What a screen reader hears each turn: the status region's lines (panel.tsx, spoken.ts). The
 * transcript itself is not live, so this is all that is announced (Bot Framework Web Chat,
 * docs/ACCESSIBILITY.md: each message once, with who said it).
 */
const heard = () => [...screen.getByRole('status').querySelectorAll('p')].map((line) => line.textContent);
const answers = () => screen.getByRole('group', { name: /Choose an answer$|Elija una respuesta$/ });
const choose = (name: string) => fireEvent.click(within(answers()).getByRole('button', { name }));
const type = (typed: string) => {
  const box = screen.getByRole('textbox');
  fireEvent.input(box, { target: { value: typed } });
  fireEvent.submit(box.closest('form')!);
};

describe('what the live region announces', () => {
  it('says nothing on opening: the dialog is read, not the whole history', () => {
    renderPanel();
    expect(screen.getByRole('log').getAttribute('aria-live')).toBe('off');
    expect(heard()).toEqual([]);
  });

  it('announces the visitor’s own answer and the assistant’s reply, each with who said it', () => {
    renderPanel();
    choose('Learn about treatment');
    expect(heard()).toEqual(['You said: Learn about treatment', 'Assistant: Who am I talking with today?']);
    choose('I’m a parent or caregiver');
    expect(heard()).toEqual(['You said: I’m a parent or caregiver', 'Assistant: Has your child’s care team told you the risk group?']);
  });

  it('reads a medical answer without its sources disclosure, its glossary words read in the sentence', () => {
    renderPanel();
    choose('Learn about treatment');
    choose('I’m a parent or caregiver');
    choose('What does this mean?');
    const log = screen.getByRole('log');
    // On screen the answer has both (bot-line.tsx) ...
    expect(within(log).getAllByText(/Sources, reviewed/).length).toBeGreaterThan(0);
    expect(within(log).getAllByRole('button', { name: 'risk groups', expanded: false }).length).toBeGreaterThan(0);
    // ... and the announcement has neither.
    expect(heard()).toEqual([
      'You said: What does this mean?',
      'Assistant: Doctors sort neuroblastoma into three risk groups: low, intermediate and high. The group helps them plan treatment. It is based on tests of the tumor and on your child’s age.',
    ]);
  });

  it('announces typed text as the visitor’s, then the reply', () => {
    renderPanel();
    type('hello there');
    const reply = en.items['freetext.notUnderstood']!.body.replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(heard()).toEqual(['You said: hello there', `Assistant: ${reply}`]);
  });

  it('announces a language switch once, in the new language, instead of every line rewritten', () => {
    renderPanel();
    choose('Learn about treatment');
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(heard()).toEqual(['Ahora en español']);
    expect(screen.getByRole('status').closest('[lang]')!.getAttribute('lang')).toBe('es');
    choose(es.ui['opt.audience.parent']!);
    expect(heard()).toEqual([`Usted dijo: ${es.ui['opt.audience.parent']}`, `Asistente: ${es.items['knowsGroup.ask']!.body}`]);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(heard()).toEqual(['Now in English']);
  });

  it('announces the welcome again after starting over', () => {
    renderPanel();
    choose('Learn about treatment');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(heard()).toEqual([
      'Conversation cleared.',
      'Assistant: Hello. I can help you learn about neuroblastoma treatment, one step at a time. I am an automated guide, not a doctor. Your child’s care team knows your child best. You can talk to a person at any time.',
    ]);
  });
});

describe('the group of answers', () => {
  it('is named by the question it answers', () => {
    renderPanel();
    expect(answers().getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Choose an answer' })).toBe(answers());
    choose('Learn about treatment');
    expect(screen.getByRole('group', { name: 'Who am I talking with today? Choose an answer' })).toBe(answers());
    choose('I’m a parent or caregiver');
    // "risk group" is a glossary button inside the question: jsdom's name computation puts a space around it.
    expect(screen.getByRole('group', { name: /^Has your child’s care team told you the risk group ?\? Choose an answer$/ })).toBe(answers());
  });

  it('is named in Spanish by the Spanish question', () => {
    renderPanel({ conversation: { locale: 'es' } });
    choose(es.ui['opt.learn']!);
    expect(screen.getByRole('group', { name: `${es.items['audience.ask']!.body} Elija una respuesta` })).toBe(answers());
  });

  it('marks the offer of the other language with that language', () => {
    renderPanel({ conversation: { matchText: () => ({ kind: 'otherLanguage', locale: 'es' }) } });
    type('mi hijo tiene fiebre');
    expect(within(answers()).getByRole('button', { name: 'Cambiar a español' }).getAttribute('lang')).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('lang')).toBe('es');
  });

  it.each([
    ['en', 'es', 'mi hijo tiene fiebre', '¿Prefiere español? Toque el botón de abajo.', 'I did not understand that in English.'],
    ['es', 'en', 'my son has a fever', 'Would you prefer English? Tap the button below.', 'No entendí eso en español.'],
  ] as const)(
    'in %s, says the reply’s words in the other language (%s) with their own lang, in the log and as one line in the status',
    (locale, other, typed, foreign, own) => {
      renderPanel({ conversation: { locale, matchText: () => ({ kind: 'otherLanguage', locale: other }) } });
      type(typed);
      const reply = within(screen.getByRole('log')).getByText(foreign);
      expect(reply.getAttribute('lang')).toBe(other);
      expect(reply.closest('[lang]:not(span)')!.getAttribute('lang')).toBe(locale);
      expect(reply.parentElement!.textContent).toContain(own);
      // The status region carries words only: the lang stays on the line in the log.
      expect(heard()[1]).toBe(`${locale === 'en' ? 'Assistant:' : 'Asistente:'} ${foreign} ${own}`);
    },
  );
});
