import { XSS_SAMPLE } from '../fixtures/xss-payloads';
import { payloadOverridesTest } from './payloads-in-overrides';

/**
 * The payload corpus through content overrides (data-content-url): one payload of each class on
 * every change; the whole corpus in security-payloads.long.spec.ts.
 */
payloadOverridesTest(XSS_SAMPLE);
