import { fireEvent, render, screen, within } from '@testing-library/preact';
import { en } from '../../content/en';
import { es } from '../../content/es';
import { staff as enStaff } from '../../content/en/staff';
import { staff as esStaff } from '../../content/es/staff';
import type { LocaleContent, StaffContent } from '../../content/types';
import { createCall } from '../../widget/staff/call';
import { StaffView } from '../../widget/staff/staff-view';

const vars = { phone: '1-800-227-2345', emergency: '911' };

function renderStaff(content: LocaleContent = en, staff: StaffContent = content.locale === 'es' ? esStaff : enStaff) {
  const call = createCall(content.locale);
  const result = render(<StaffView call={call} content={content} staff={staff} vars={vars} />);
  return { call, ...result };
}

const press = (key: string, target: Document | Element = document) => fireEvent.keyDown(target, { key });
const options = () => within(screen.getByRole('group', { name: 'Caller’s answer' }));
const stepId = (call: ReturnType<typeof createCall>) => call.getState().step.id;

describe('the staff view', () => {
  it('gives the specialist the script line to say, falling back to the item’s text', () => {
    renderStaff();
    const script = screen.getByRole('heading', { name: 'Say to the caller' }).parentElement!;
    expect(script.textContent).toContain(enStaff.scripts['welcome.greeting']);
    expect(script.textContent).not.toContain(stripTags(en.items['welcome.greeting']!.body));
    // No script for the disclaimer: its body is read instead.
    expect(script.textContent).toContain(stripTags(en.items['welcome.disclaimer']!.body).slice(0, 40));
  });

  it('speaks Spanish when the call is in Spanish', () => {
    const { call } = renderStaff(es);
    expect(screen.getByRole('heading', { name: 'Dígale a la persona' })).toBeTruthy();
    press('1');
    expect(stepId(call)).toBe('audience');
    expect(screen.getByRole('group', { name: 'Respuesta de la persona' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\b(staff|summary|opt)\.[a-z]/);
  });

  it('shows each option as a button with its number key', () => {
    renderStaff();
    const learn = options().getByRole('button', { name: 'Learn about treatment' });
    expect(learn.getAttribute('aria-keyshortcuts')).toBe('1');
    expect(learn.textContent).toMatch(/^1/);
    expect(options().getByRole('button', { name: 'Talk to a person' }).textContent).toMatch(/^3/);
  });

  it('answers with number keys, goes back with Backspace and starts over with Escape', () => {
    const { call } = renderStaff();
    press('1');
    expect(stepId(call)).toBe('audience');
    press('1');
    press('2');
    expect(stepId(call)).toBe('intake.stage');
    expect(screen.getByRole('heading', { name: 'Say to the caller' })).toBe(document.activeElement);
    press('Backspace');
    expect(stepId(call)).toBe('knowsGroup');
    press('Escape');
    fireEvent.click(screen.getByRole('button', { name: 'Erase and start over' }));
    expect(stepId(call)).toBe('welcome');
    expect(screen.getByText('No answers yet.')).toBeTruthy();
  });

  it('asks before Esc erases the call: Esc again, or Keep this call, keeps every answer', () => {
    const { call } = renderStaff();
    for (const key of ['1', '1', '2']) press(key);
    expect(stepId(call)).toBe('intake.stage');
    press('Escape');
    const ask = screen.getByRole('group', { name: 'Erase this call’s answers and start over?' });
    // Focus is on the choice, so Enter confirms; the number keys wait meanwhile.
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Erase and start over' }));
    press('1', document.activeElement!);
    expect(stepId(call)).toBe('intake.stage');
    press('Escape', document.activeElement!);
    expect(screen.queryByRole('group', { name: 'Erase this call’s answers and start over?' })).toBeNull();
    expect(stepId(call)).toBe('intake.stage');
    fireEvent.click(screen.getByRole('button', { name: /Start over/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep this call' }));
    expect(stepId(call)).toBe('intake.stage');
    expect(call.getState().record.answers.length).toBeGreaterThan(0);
    press('Escape');
    fireEvent.click(screen.getByRole('button', { name: 'Erase and start over' }));
    expect(stepId(call)).toBe('welcome');
  });

  it('leaves number keys to the page while focus is on one of its links (keys act only in the guide)', () => {
    const { call } = renderStaff();
    const link = document.createElement('a');
    link.href = '/';
    link.textContent = 'Public site';
    document.body.prepend(link);
    link.focus();
    press('1', link);
    press('Escape', link);
    expect(stepId(call)).toBe('welcome');
    expect(screen.queryByRole('group', { name: 'Erase this call’s answers and start over?' })).toBeNull();
    link.remove();
    // In the guide (a focused option) the keys work.
    const learn = options().getByRole('button', { name: 'Learn about treatment' });
    learn.focus();
    press('1', learn);
    expect(stepId(call)).toBe('audience');
  });

  it('takes no keys once the page has taken the guide away without destroying it', () => {
    const { call, container } = renderStaff();
    container.remove();
    press('1');
    press('Escape');
    expect(stepId(call)).toBe('welcome');
    // A guide still on the page takes the same key.
    const again = renderStaff();
    press('1');
    expect(stepId(again.call)).toBe('audience');
  });

  it('lists the caller’s answers once on screen (the summary keeps them for print and copy)', () => {
    renderStaff();
    for (const key of ['1', '1', '2']) press(key);
    const summary = screen.getByRole('heading', { name: 'Call summary' }).closest('section')!;
    const answersInSummary = [...summary.querySelectorAll('.summary-section')].filter((s) => s.textContent?.includes('Who is calling'));
    // Kept for print and copy, drawn for print only.
    expect(answersInSummary).toHaveLength(1);
    expect(answersInSummary[0]!.classList.contains('print-only')).toBe(true);
  });

  it('leaves keys alone while the specialist types in a text field', () => {
    const { call } = renderStaff();
    const notes = document.createElement('input');
    notes.setAttribute('aria-label', 'Call notes');
    document.body.append(notes);
    notes.focus();
    press('1', notes);
    press('Escape', notes);
    expect(stepId(call)).toBe('welcome');
    notes.remove();
    press('1');
    expect(stepId(call)).toBe('audience');
  });

  it('leaves browser shortcuts alone: Ctrl+1 switches tabs, not answers', () => {
    const { call } = renderStaff();
    fireEvent.keyDown(document, { key: '1', ctrlKey: true });
    fireEvent.keyDown(document, { key: '1', altKey: true });
    expect(stepId(call)).toBe('welcome');
  });

  it('lists the caller’s answers and changes one by going back to its question', () => {
    const { call } = renderStaff();
    for (const key of ['1', '1', '2', '3', '4']) press(key); // learn, parent, no, stage M, 18 months+
    expect(stepId(call)).toBe('risk.high');
    const answers = within(screen.getByRole('heading', { name: 'Caller’s answers' }).parentElement!);
    expect(answers.getByText('Where the tumor is (stage)')).toBeTruthy();
    expect(answers.getByText('18 months or older')).toBeTruthy();

    fireEvent.click(answers.getByRole('button', { name: 'Change the answer to: Where the tumor is (stage)' }));
    expect(stepId(call)).toBe('intake.stage');
    expect(answers.queryByText('18 months or older')).toBeNull();
    fireEvent.click(options().getByRole('button', { name: /\(L1\)$/ }));
    expect(stepId(call)).toBe('intake.mycn');
  });

  it('shows why the flow reached its risk group: the facts and the COG 2021 rule', () => {
    renderStaff();
    for (const key of ['1', '1', '2', '3', '4']) press(key);
    const reasoning = within(screen.getByRole('heading', { name: 'Why this result' }).parentElement!);
    expect(reasoning.getByText('COG 2021, high-risk rule 1: stage M, 18 months or older')).toBeTruthy();
    expect(reasoning.getByText('Where the tumor is (stage): Spread to far parts of the body (M)')).toBeTruthy();
    expect(reasoning.getByText('Age at diagnosis: 18 months or older')).toBeTruthy();
  });

  it('when the group is undetermined, shows which facts would settle it', () => {
    const { call } = renderStaff();
    for (const key of ['1', '1', '2']) press(key);
    fireEvent.click(options().getByRole('button', { name: /\(L1\)$/ }));
    fireEvent.click(options().getByRole('button', { name: 'Extra copies of MYCN (amplified)' }));
    fireEvent.click(options().getByRole('button', { name: 'No surgery yet, or I don’t know' }));
    expect(stepId(call)).toBe('risk.undetermined');
    const reasoning = within(screen.getByRole('heading', { name: 'Why this result' }).parentElement!);
    expect(reasoning.getByText('Low risk, High risk')).toBeTruthy();
    const settle = reasoning.getByRole('heading', { name: 'Facts that would settle it' }).nextElementSibling!;
    expect(settle.textContent).toBe('Surgery');
  });

  it('shows the explanation asked for without leaving the question', () => {
    const { call } = renderStaff();
    for (const key of ['1', '1', '2']) press(key);
    fireEvent.click(options().getByRole('button', { name: 'What does this mean?' }));
    expect(stepId(call)).toBe('intake.stage');
    expect(screen.getByRole('heading', { name: 'Explanation given' })).toBeTruthy();
    expect(screen.getByText('Where the tumor is (stage): what it means')).toBeTruthy();
  });
});

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\{\w+\}/g, '');
}
