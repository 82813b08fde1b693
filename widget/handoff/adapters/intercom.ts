import { whenPresent, type OpenChat } from './vendor';

/**
 * Intercom: the messenger opens on a new message with the consented summary already typed in, for
 * the visitor to read, edit and send. https://developers.intercom.com/installing-intercom/web/methods
 * The install snippet queues calls made before the library has loaded.
 */
const VENDOR = 'Intercom';

type IntercomFn = (...args: unknown[]) => unknown;

export const openChat: OpenChat = async (request) => {
  const intercom = await whenPresent(request, VENDOR, () =>
    typeof request.win.Intercom === 'function' ? (request.win.Intercom as IntercomFn) : undefined,
  );
  if (request.summary) intercom('showNewMessage', request.summary.shared.text);
  else intercom('showNewMessage');
  return { cut: false };
};
