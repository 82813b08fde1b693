import { openChat as chatwoot } from '../../widget/handoff/adapters/chatwoot';
import { openChat as intercom } from '../../widget/handoff/adapters/intercom';
import { openChat as livechat } from '../../widget/handoff/adapters/livechat';
import { LIMIT as SALESFORCE_LIMIT, openChat as salesforce } from '../../widget/handoff/adapters/salesforce';
import type { Consented, OpenChat, OpenRequest, VendorWindow } from '../../widget/handoff/adapters/vendor';
import { summaryUnits, toShared } from '../../widget/handoff/shared';
import { openChat as zendesk } from '../../widget/handoff/adapters/zendesk';
import type { SummaryView } from '../../widget/summary/build';

/**
 * Each vendor's adapter against a fake of the vendor's global that records every call: the exact
 * calls, their order, the site's field names, the limits, and what happens when the vendor's
 * script is late, missing or throws.
 */
type Call = [string, ...unknown[]];

function view(answers: string[], group?: string[]): SummaryView {
  const sections = [{ heading: 'What to tell the specialist', lines: answers }];
  if (group) sections.push({ heading: 'Risk group estimate', lines: group, whole: true } as (typeof sections)[number]);
  sections.push({ heading: 'Questions for your child’s care team', lines: ['Which risk group is my child in, and why?'] });
  return { title: 'Summary', sections, data: {} as SummaryView['data'] };
}

const SHORT = view(['Who is calling: I’m a parent or caregiver', 'Age at diagnosis: 18 months or older']);
const consented = (v: SummaryView): Consented => ({ shared: toShared(v, 'en'), units: summaryUnits(v) });

/** A page's window with nothing on it but timers and events, and the fake vendor global. */
function page(globals: Record<string, unknown>): VendorWindow {
  const target = new EventTarget();
  return Object.assign(target, { setTimeout, ...globals }) as unknown as VendorWindow;
}

function request(win: VendorWindow, summary: Consented | null, fields = {}): OpenRequest & { warnings: string[] } {
  const warnings: string[] = [];
  return { win, summary, fields, warn: (m) => warnings.push(m), wait: 300, warnings };
}

describe('Salesforce Messaging for In-App and Web', () => {
  function fake(calls: Call[]) {
    return {
      prechatAPI: { setHiddenPrechatFields: (fields: unknown) => calls.push(['setHiddenPrechatFields', fields]) },
      utilAPI: { launchChat: () => (calls.push(['launchChat']), Promise.resolve()) },
    };
  }

  it('sets the hidden pre-chat fields, then launches the chat', async () => {
    const calls: Call[] = [];
    const req = request(page({ embeddedservice_bootstrap: fake(calls) }), consented(SHORT));
    expect(await salesforce(req)).toEqual({ cut: false });
    expect(calls).toEqual([
      ['setHiddenPrechatFields', { Helpline_Summary: `${SHORT.title}\n${summaryUnits(SHORT).slice(1).flat().join('\n')}`, Helpline_Language: 'en' }],
      ['launchChat'],
    ]);
    expect(req.warnings).toEqual([]);
  });

  it('uses the site’s field names from data-chat-fields', async () => {
    const calls: Call[] = [];
    await salesforce(request(page({ embeddedservice_bootstrap: fake(calls) }), consented(SHORT), { summary: 'Summary__c', language: 'Lang__c' }));
    expect(Object.keys(calls[0]![1] as object)).toEqual(['Summary__c', 'Lang__c']);
  });

  it('cuts the summary to 255 characters after a whole line, with an ellipsis, and says so', async () => {
    const calls: Call[] = [];
    const long = view(Array.from({ length: 12 }, (_, i) => `Answer number ${i + 1}: a fairly long line of words`));
    const req = request(page({ embeddedservice_bootstrap: fake(calls) }), consented(long));
    expect(await salesforce(req)).toEqual({ cut: true });
    const value = (calls[0]![1] as Record<string, string>).Helpline_Summary!;
    expect(value.length).toBeLessThanOrEqual(SALESFORCE_LIMIT);
    expect(value.endsWith('\n…')).toBe(true);
    expect(value).toContain('- Answer number 1: a fairly long line of words');
    expect(req.warnings.join(' ')).toMatch(/longer than Salesforce's 255 characters for "Helpline_Summary"/);
  });

  it('never sends the estimate without its “not a diagnosis” line', async () => {
    const calls: Call[] = [];
    const estimate = [
      'Estimate from the answers: Low risk',
      'This is an estimate to help explain the factors, not a diagnosis. The care team decides the risk group.',
    ];
    const v = view(
      ['Who is calling: I’m a parent or caregiver', 'Where the tumor is (stage): Only in one area (L1)', 'MYCN: Not amplified'],
      estimate,
    );
    await salesforce(request(page({ embeddedservice_bootstrap: fake(calls) }), consented(v)));
    const value = (calls[0]![1] as Record<string, string>).Helpline_Summary!;
    expect(value).not.toContain('Estimate from the answers');
    expect(value.length).toBeLessThanOrEqual(SALESFORCE_LIMIT);
  });

  it('opens the chat with no fields at all when the visitor chose not to share', async () => {
    const calls: Call[] = [];
    await salesforce(request(page({ embeddedservice_bootstrap: fake(calls) }), null));
    expect(calls).toEqual([['launchChat']]);
  });

  it('waits briefly for the bootstrap, with a warning, and calls once onEmbeddedMessagingReady has come', async () => {
    const calls: Call[] = [];
    const win = page({});
    const req = request(win, consented(SHORT));
    const opening = salesforce(req);
    expect(req.warnings[0]).toMatch(/is not ready yet; the chat waits up to 0.3 s/);
    setTimeout(() => {
      win.embeddedservice_bootstrap = fake(calls);
      win.dispatchEvent(new Event('onEmbeddedMessagingReady'));
    }, 50);
    await opening;
    expect(calls.map((c) => c[0])).toEqual(['setHiddenPrechatFields', 'launchChat']);
  });

  it('fails when the script never arrives, or when launchChat rejects', async () => {
    await expect(salesforce(request(page({}), consented(SHORT)))).rejects.toThrow(/is not on this page/);
    const rejecting = { prechatAPI: { setHiddenPrechatFields() {} }, utilAPI: { launchChat: () => Promise.reject(new Error('no agents')) } };
    await expect(salesforce(request(page({ embeddedservice_bootstrap: rejecting }), consented(SHORT)))).rejects.toThrow('no agents');
  });
});

describe('Zendesk messaging', () => {
  it('sets the conversation fields by the site’s ids, then opens the messenger', async () => {
    const calls: Call[] = [];
    const zE = (...args: unknown[]) => calls.push(['zE', ...args]);
    const req = request(page({ zE }), consented(SHORT), { summary: '4422761977114', language: '4422761977115' });
    await zendesk(req);
    expect(calls).toEqual([
      [
        'zE',
        'messenger:set',
        'conversationFields',
        [
          { id: '4422761977114', value: toShared(SHORT, 'en').text.trimEnd().replace(/\n\n/g, '\n') },
          { id: '4422761977115', value: 'en' },
        ],
      ],
      ['zE', 'messenger', 'open'],
    ]);
  });

  it('opens without fields, and says why, when data-chat-fields names no field ids', async () => {
    const calls: Call[] = [];
    const req = request(page({ zE: (...args: unknown[]) => calls.push(['zE', ...args]) }), consented(SHORT));
    await zendesk(req);
    expect(calls).toEqual([['zE', 'messenger', 'open']]);
    expect(req.warnings).toEqual(['data-chat-fields names no Zendesk field for the summary; the chat opens without it.']);
  });

  it('fails when zE throws', async () => {
    const zE = () => {
      throw new Error('zE exploded');
    };
    await expect(zendesk(request(page({ zE }), null))).rejects.toThrow('zE exploded');
  });
});

describe('LiveChat', () => {
  it('sets session variables, then maximizes with the summary as the visitor’s draft', async () => {
    const calls: Call[] = [];
    const LiveChatWidget = { call: (...args: unknown[]) => calls.push(['call', ...args]) };
    await livechat(request(page({ LiveChatWidget }), consented(SHORT)));
    const text = toShared(SHORT, 'en').text;
    expect(calls).toEqual([
      [
        'call',
        'set_session_variables',
        { helpline_summary: expect.stringContaining('- Age at diagnosis: 18 months or older'), helpline_language: 'en' },
      ],
      ['call', 'maximize', { messageDraft: text }],
    ]);
  });

  it('only maximizes when nothing is shared', async () => {
    const calls: Call[] = [];
    await livechat(request(page({ LiveChatWidget: { call: (...args: unknown[]) => calls.push(['call', ...args]) } }), null));
    expect(calls).toEqual([['call', 'maximize']]);
  });
});

describe('Intercom', () => {
  it('opens a new message with the summary typed in', async () => {
    const calls: Call[] = [];
    await intercom(request(page({ Intercom: (...args: unknown[]) => calls.push(['Intercom', ...args]) }), consented(SHORT)));
    expect(calls).toEqual([['Intercom', 'showNewMessage', toShared(SHORT, 'en').text]]);
  });

  it('opens an empty new message when nothing is shared, and fails when Intercom is missing', async () => {
    const calls: Call[] = [];
    await intercom(request(page({ Intercom: (...args: unknown[]) => calls.push(['Intercom', ...args]) }), null));
    expect(calls).toEqual([['Intercom', 'showNewMessage']]);
    await expect(intercom(request(page({}), null))).rejects.toThrow(/Intercom is not on this page/);
  });
});

describe('Chatwoot', () => {
  const fake = (calls: Call[], extra: Record<string, unknown> = {}) => ({
    hasLoaded: true,
    setConversationCustomAttributes: (a: unknown) => calls.push(['setConversationCustomAttributes', a]),
    setCustomAttributes: (a: unknown) => calls.push(['setCustomAttributes', a]),
    toggle: (state: unknown) => calls.push(['toggle', state]),
    ...extra,
  });

  it('sets conversation custom attributes, then opens the widget', async () => {
    const calls: Call[] = [];
    await chatwoot(request(page({ $chatwoot: fake(calls) }), consented(SHORT), { summary: 'family_summary' }));
    expect(calls).toEqual([
      ['setConversationCustomAttributes', { family_summary: expect.stringContaining('Who is calling'), helpline_language: 'en' }],
      ['toggle', 'open'],
    ]);
  });

  it('falls back to contact attributes on a Chatwoot without conversation attributes', async () => {
    const calls: Call[] = [];
    await chatwoot(request(page({ $chatwoot: fake(calls, { setConversationCustomAttributes: undefined }) }), consented(SHORT)));
    expect(calls.map((c) => c[0])).toEqual(['setCustomAttributes', 'toggle']);
  });

  it('waits for the frame to load (chatwoot:ready) before calling', async () => {
    const calls: Call[] = [];
    const $chatwoot = fake(calls, { hasLoaded: false });
    const win = page({ $chatwoot });
    const opening = chatwoot(request(win, consented(SHORT)));
    setTimeout(() => {
      $chatwoot.hasLoaded = true;
      win.dispatchEvent(new Event('chatwoot:ready'));
    }, 50);
    await opening;
    expect(calls.map((c) => c[0])).toEqual(['setConversationCustomAttributes', 'toggle']);
  });
});

describe.each([
  ['salesforce', salesforce],
  ['zendesk', zendesk],
  ['livechat', livechat],
  ['intercom', intercom],
  ['chatwoot', chatwoot],
] as [string, OpenChat][])('%s without its script', (_, open) => {
  it('rejects after the brief wait, so the visitor gets the chat link and the phone', async () => {
    const req = request(page({}), consented(SHORT));
    await expect(open(req)).rejects.toThrow(/is not on this page/);
    expect(req.warnings).toHaveLength(1);
  });
});
