import { readConfig, type LocaleSetting } from './embed/config';
import type { ChatProvider, FieldName } from './handoff/chat-settings';
import { warn } from './embed/dom';
import { boot, type HelplineApi } from './embed/boot';

/**
 * The npm module's entry (docs/product.md, "Also published as an npm module (ESM + types) for apps
 * that bundle it"). The same widget as the <script> tag, driven by an options object: the same
 * boot (widget/embed/boot.ts), the same validation (widget/embed/config.ts), the same API.
 * The conversation is a plain dynamic import, so the app's bundler splits it into a chunk of its
 * own and the app pays for it only when the browser is idle or the visitor shows intent.
 */

export type { HelplineApi } from './embed/boot';
export type { LocaleSetting, WidgetConfig } from './embed/config';
export type { WidgetEvents, WidgetEventType } from './embed/host';
export type { HandoffDetail, SharedSummary } from './handoff/shared';
export type { ChatProvider } from './handoff/chat-settings';
export { classifyRisk } from '../flows/risk';
export type {
  RiskFacts,
  RiskField,
  RiskGroup,
  RiskReason,
  RiskResult,
  RuleId,
  InrgStage,
  MycnStatus,
  Histology,
  Ploidy,
  ChromosomeArmStatus,
  Resection,
} from '../flows/risk';

/** The data-* attributes as options (README, "Attributes"); every one optional, each validated. */
export interface HelplineWidgetOptions {
  locale?: LocaleSetting | 'auto';
  mode?: 'visitor' | 'staff';
  position?: 'right' | 'left';
  /** The element to render into (inline embed), or a CSS selector for one; default: floating on <body>. */
  target?: Element | string | null;
  open?: boolean;
  phone?: string;
  emergencyNumber?: string;
  /** Live chat link: https: (http: on localhost). */
  chatUrl?: string;
  /** e.g. "Mon-Fri 08:00-18:30 America/Chicago". */
  chatHours?: string;
  storage?: 'session' | 'local' | 'none';
  /** JSON content overrides: https: (http: on localhost). */
  contentUrl?: string;
  /** The site's own chat, opened with the consented summary: salesforce, zendesk, livechat, intercom or chatwoot (needs chatUrl). */
  chatProvider?: ChatProvider;
  /** The site's names for our fields: "summary:Helpline_Summary,language:Helpline_Language", or the same as an object. */
  chatFields?: string | Partial<Record<FieldName, string>>;
  /** Coarse, allow-listed events to the page's dataLayer or Plausible (README, "Analytics"); default none. */
  analytics?: 'none' | 'datalayer' | 'plausible';
  /** The step event's detail: the stage (default) or the exact step (README, "Events"). */
  events?: 'stage' | 'detailed';
}

const OPTIONS: readonly string[] = [
  'locale',
  'mode',
  'position',
  'target',
  'open',
  'phone',
  'emergencyNumber',
  'chatUrl',
  'chatHours',
  'storage',
  'contentUrl',
  'chatProvider',
  'chatFields',
  'analytics',
  'events',
] satisfies readonly (keyof HelplineWidgetOptions)[];

/** config.ts names the attribute (`data-chat-url="…"`); an app wrote the option (`chatUrl: "…"`). */
const asOption = (message: string) =>
  message.replace(/^data-([a-z-]+)=/, (_, name: string) => `${name.replace(/-([a-z])/g, (__, c: string) => c.toUpperCase())}: `);

const isElement = (value: unknown): value is Element => (value as Node | null)?.nodeType === 1;

/**
 * Mounts one widget (a <helpline-widget> element) into `options.target` or the page's <body> and
 * returns its API. An app may mount several: each has its own element and API, and none touches
 * window.HelplineWidget (that global belongs to the <script> tag). A bad option logs one warning
 * naming it and its default is used, as with the attributes. Returns undefined only where the
 * browser has no Shadow DOM (with a warning), like the script.
 */
export function createHelplineWidget(options: HelplineWidgetOptions = {}): HelplineApi | undefined {
  const doc = document;
  const data: Record<string, string> = {};
  let target: Element | null = null;
  for (const [key, value] of Object.entries(options)) {
    if (!OPTIONS.includes(key)) warn(`ignoring the unknown option "${key}".`);
    else if (value == null) continue;
    else if (key === 'target' && isElement(value)) target = value;
    else {
      // Each option alone through the attributes' own reader: one warning per bad value, and
      // only good values go on, so the loader and the app do not warn about it again.
      let good = true;
      // chatFields as an object is written as the attribute would be; the app reads and checks both.
      const text =
        key === 'chatFields' && typeof value === 'object'
          ? Object.entries(value)
              .map((pair) => pair.join(':'))
              .join(',')
          : String(value);
      readConfig({ [key]: text }, doc, doc.baseURI, (message) => {
        good = false;
        warn(asOption(message));
      });
      if (good) data[key] = text;
    }
  }
  // An app's widget is its own: it boots without the <script> tag's one-per-page global and
  // queue (widget/embed/script-tag.ts), and its API is published nowhere but here; its settings
  // resolve against the page's address.
  return boot(
    { data, base: doc.baseURI, target },
    () => import('./embed/start-app'),
    () => {},
  );
}
