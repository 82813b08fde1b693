import { en } from '../../content/en';
import { createCall } from '../../widget/staff/call';
import { readChatFields, readChatVendor } from '../../widget/handoff/chat-settings';
import { fitLines } from '../../widget/handoff/fit';
import { typedLines } from '../../widget/handoff/shared';
import { buildSummary } from '../../widget/summary/build';
import { visitorRecord } from '../../widget/summary/visitor-summary';
import { words } from '../../widget/summary/words';
import { walker } from '../fixtures/walker';

describe('fitting the shared summary to a vendor’s limit', () => {
  it('keeps whole lines and ends with an ellipsis when something is left out', () => {
    expect(fitLines([['one'], ['two']], 100)).toEqual({ text: 'one\ntwo', cut: false });
    expect(fitLines([['one'], ['two'], ['three']], 11)).toEqual({ text: 'one\ntwo\n…', cut: true });
  });

  it('leaves out a unit that does not fit whole, and everything after it', () => {
    const fitted = fitLines([['Summary'], ['Estimate: Low risk', 'Not a diagnosis.'], ['a']], 30);
    expect(fitted).toEqual({ text: 'Summary\n…', cut: true });
  });

  it('cuts a single first line that is longer than the limit on its own', () => {
    expect(fitLines([['abcdefghij']], 5)).toEqual({ text: 'abcd…', cut: true });
  });
});

describe('data-chat-provider and data-chat-fields', () => {
  it('reads the vendor and the site’s field names', () => {
    const warn = vi.fn();
    expect(readChatVendor({ chatProvider: 'Zendesk', chatFields: 'summary:360001, language:360002' }, 'https://chat.example.org', warn)).toEqual({
      provider: 'zendesk',
      fields: { summary: '360001', language: '360002' },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once per bad value, naming the attribute, and keeps the good ones', () => {
    const warn = vi.fn();
    expect(readChatVendor({ chatProvider: 'drift' }, 'https://chat.example.org', warn)).toBeNull();
    expect(warn).toHaveBeenLastCalledWith(
      'data-chat-provider="drift" is not one of salesforce, zendesk, livechat, intercom, chatwoot; using the chat link only.',
    );
    expect(readChatFields('summary:ok_1, name:Name__c, language:bad name', warn)).toEqual({ summary: 'ok_1' });
    expect(warn.mock.calls.slice(1).map(([m]) => String(m).replace(/^data-chat-fields="[^"]*": /, ''))).toEqual([
      '"name:Name__c" is not <summary|language>:<your field name>; leaving it out.',
      '"language:bad name" is not <summary|language>:<your field name>; leaving it out.',
    ]);
  });

  it('ignores a vendor without data-chat-url, the link the visitor falls back to', () => {
    const warn = vi.fn();
    expect(readChatVendor({ chatProvider: 'intercom' }, null, warn)).toBeNull();
    expect(warn.mock.calls[0]![0]).toMatch(/^data-chat-provider="intercom" needs data-chat-url/);
  });
});

describe('what the visitor typed, offered for sharing', () => {
  it('lists typed messages, never one answered as an emergency or a crisis, nor one sent while such an answer showed', () => {
    const transcript = [
      { by: 'bot', step: 'welcome' },
      { by: 'user', text: 'my son is 2 and has neuroblastoma' },
      { by: 'bot', step: 'audience' },
      { by: 'user', label: 'opt.audience.parent' },
      { by: 'bot', step: 'audience' },
      { by: 'user', text: 'I can’t go on anymore' },
      { by: 'bot', step: 'crisis' },
      { by: 'user', text: 'ok thank you' },
      { by: 'bot', step: 'crisis' },
      { by: 'user', text: 'he has a fever of 39' },
      { by: 'bot', step: 'urgent' },
      { by: 'bot', step: 'handoff' },
      { by: 'user', text: '  what about trials?  ' },
      { by: 'bot', step: 'handoff' },
    ];
    expect(typedLines(transcript)).toEqual(['my son is 2 and has neuroblastoma', 'what about trials?']);
  });
});

describe('the call card’s order', () => {
  /** Walks the staff guide by option labels, as a specialist would on a call. */
  function staffWalk(labels: string[]) {
    const call = createCall('en');
    for (const label of labels) {
      const option = call.getState().step.options.find((o) => o.label === label);
      if (!option) throw new Error(`no "${label}" at ${call.getState().step.id}`);
      call.choose(option);
    }
    return call.getState();
  }

  it.each([
    [['opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.L2', 'opt.age.18mPlus', 'opt.mycn.notAmplified', 'opt.histology.unfavorable']],
    [['opt.learn', 'opt.audience.family', 'opt.no', 'opt.stage.MS', 'opt.age.6to11m', 'opt.mycn.notAmplified', 'opt.histology.favorable']],
    [['opt.learn', 'opt.audience.patient', 'opt.yes', 'opt.group.high']],
    [['opt.recurrence', 'opt.group.intermediate', 'opt.where.elsewhere']],
  ])('gives the visitor the specialist’s answers, in the order the staff guide asks them: %j', (labels) => {
    const asked = staffWalk(labels);
    // The visitor walks the same buttons: one session of moves, one record (flows/session.ts).
    const visitor = walker('en');
    for (const label of labels) visitor.send(visitor.step().options.find((o) => o.label === label)!.event as never);
    const t = words(en, { phone: '1-800-227-2345', emergency: '911' });
    const staffLines = buildSummary(asked.record, t, 'visitor').sections[0]!.lines;
    const cardLines = buildSummary(visitorRecord(visitor.session, []), t, 'visitor').sections[0]!.lines;
    expect(cardLines.length).toBeGreaterThan(1);
    expect(cardLines).toEqual(staffLines);
  });
});
