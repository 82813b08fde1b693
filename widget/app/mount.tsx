import { render } from 'preact';
import { en, es } from '../../content';
import type { AppHandle, Host } from '../embed/host';
import { adoptStyles } from '../embed/styles';
import { mountStaff } from '../staff/mount-staff';
import { createConversation } from './conversation';
import css from './panel.css?inline';
import { Panel } from './panel';

/** Mounts the conversation into the loader's shadow root and returns what the public API drives. */
export function mount(host: Host): AppHandle {
  // Staff mode is the same flow as a script for helpline specialists, not a chat (issue 6).
  if (host.config.mode === 'staff') return mountStaff(host);
  const { root, launcher, config } = host;
  adoptStyles(root, css);
  const container = root.ownerDocument.createElement('div');
  root.append(container);

  const conversation = createConversation(config.locale);
  let open = false;
  let lastStep = '';

  const watch = () =>
    conversation.subscribe(() => {
      const { step } = conversation.getState();
      if (step.id !== lastStep) {
        lastStep = step.id;
        host.emit('step', { state: step.id });
        if (step.id === 'emergency') host.emit('emergency', {});
      }
    });
  const unwatch = watch();

  const draw = () =>
    render(
      <Panel
        conversation={conversation}
        content={{ en, es }}
        vars={{ phone: config.phone, emergency: config.emergencyNumber }}
        open={open}
        onClose={() => handle.close()}
      />,
      container,
    );

  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    launcher.setAttribute('aria-expanded', String(open));
    draw();
    host.emit(open ? 'open' : 'close', {});
    // Focus goes back where it came from (APG dialog pattern).
    if (!open) launcher.focus();
  };

  const handle: AppHandle = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!open),
    reset() {
      conversation.send({ type: 'RESTART' });
    },
    setLocale(locale) {
      conversation.send({ type: 'SET_LOCALE', locale });
    },
    destroy() {
      unwatch();
      render(null, container);
      conversation.stop();
      container.remove();
    },
  };
  draw();
  return handle;
}
