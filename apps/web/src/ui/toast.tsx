import { useSyncExternalStore, type ReactNode } from 'react';
import { ToneIcon, type Tone } from './feedback';
import { CloseIcon } from './icons';

export interface ToastItem {
  id: number;
  tone: Tone;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links in the notification ("View cart"). */
  actions?: ReactNode;
}

interface ShowOptions {
  /** Milliseconds on screen; 0 keeps it until closed. Defaults: 4 s, 8 s with a description or actions. */
  duration?: number;
}

type Listener = () => void;

/** The notifications on screen: a tiny store outside React, so any code can show one. */
function createToastStore() {
  let items: ToastItem[] = [];
  let nextId = 1;
  const listeners = new Set<Listener>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const emit = () => listeners.forEach((listener) => listener());

  function dismiss(id: number) {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
    if (!items.some((item) => item.id === id)) return;
    items = items.filter((item) => item.id !== id);
    emit();
  }

  function show(item: Omit<ToastItem, 'id'>, { duration }: ShowOptions = {}) {
    const id = nextId++;
    // At most 4 at once: the oldest goes.
    items = [...items.slice(-3), { ...item, id }];
    const ms = duration ?? (item.description || item.actions ? 8000 : 4000);
    if (ms > 0) timers.set(id, setTimeout(() => dismiss(id), ms));
    emit();
    return id;
  }

  return {
    show,
    dismiss,
    clear() {
      [...items].forEach((item) => dismiss(item.id));
    },
    getSnapshot: () => items,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const toastStore = createToastStore();

/** A short message: `toast.success('Added to cart')`. Returns its id (for `toast.dismiss`). */
export const toast = {
  success: (title: ReactNode, options?: ShowOptions) => toastStore.show({ tone: 'success', title }, options),
  info: (title: ReactNode, options?: ShowOptions) => toastStore.show({ tone: 'info', title }, options),
  warning: (title: ReactNode, options?: ShowOptions) => toastStore.show({ tone: 'warning', title }, options),
  error: (title: ReactNode, options?: ShowOptions) => toastStore.show({ tone: 'error', title }, options),
  dismiss: (id: number) => toastStore.dismiss(id),
};

/** A notification with a title, a description and actions: `notify({ title, description, actions })`. */
export function notify({ type = 'info', title, description, actions, duration }: { type?: Tone; title: ReactNode; description?: ReactNode; actions?: ReactNode; duration?: number }) {
  return toastStore.show({ tone: type, title, description, actions }, { duration });
}

/**
 * Where notifications appear (once, in the app's shell): a labelled region whose messages screen
 * readers announce (errors at once, the rest politely), each with a close button.
 */
export function Toaster() {
  const items = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot, toastStore.getSnapshot);
  return (
    <section className="ui-toaster" aria-label="Notifications" aria-live="polite" data-testid="toaster">
      {items.map((item) => (
        <div key={item.id} className={`ui-toast ui-toast--${item.tone}`} role={item.tone === 'error' ? 'alert' : 'status'}>
          <ToneIcon tone={item.tone} />
          <div className="ui-toast__body">
            <div className="ui-toast__title">{item.title}</div>
            {item.description && <div className="ui-toast__description">{item.description}</div>}
            {item.actions && (
              <div className="ui-toast__actions" onClick={() => toastStore.dismiss(item.id)}>
                {item.actions}
              </div>
            )}
          </div>
          <button type="button" className="ui-toast__close" aria-label="Dismiss notification" onClick={() => toastStore.dismiss(item.id)}>
            <CloseIcon />
          </button>
        </div>
      ))}
    </section>
  );
}
