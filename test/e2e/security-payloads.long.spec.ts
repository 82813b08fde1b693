import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { payloadInputTests } from './payloads-in-inputs';
import { payloadOverridesTest } from './payloads-in-overrides';

/**
 * The whole payload corpus (test/fixtures/xss-payloads.ts) through the script tag's attributes,
 * the text box and content overrides: minutes of work, so it runs in `npm run test:long`, after
 * the fast suite, which runs one payload of each class through the same tests.
 */
payloadInputTests(XSS_PAYLOADS);
payloadOverridesTest(XSS_PAYLOADS);
