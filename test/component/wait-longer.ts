import { configure } from '@testing-library/preact';

/**
 * findBy* and waitFor give up after 1 s by default: a busy 2-core CI machine can take longer to
 * validate an overrides file through DOMPurify in jsdom, and a slow pass must not read as a
 * failure. What they wait for is still required; only the patience changes.
 */
configure({ asyncUtilTimeout: 4000 });
