import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { CloseIcon } from './icons';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open overlays, innermost last: Esc and the focus trap belong to the top one only. */
const openStack: HTMLElement[] = [];

function focusablesIn(panel: HTMLElement) {
  return Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.closest('[inert]'));
}

/**
 * While `open`: focus moves into the panel (an [autofocus]/[data-autofocus] element, else the first
 * field or button of its body, else the panel), Tab cycles inside it, Esc calls onClose, the page
 * behind does not scroll; on close, focus goes back where it was.
 */
function useModalBehaviour(open: boolean, panelRef: React.RefObject<HTMLElement | null>, onClose: () => void) {
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openStack.push(panel);
    const preferred = panel.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? focusablesIn(panel.querySelector('.ui-overlay__body') ?? panel)[0];
    (preferred ?? panel).focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (openStack[openStack.length - 1] !== panel) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusablesIn(panel);
      if (items.length === 0) {
        event.preventDefault();
        panel.focus();
        return;
      }
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === panel || !panel.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    document.body.classList.add('ui-scroll-lock');
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      openStack.splice(openStack.indexOf(panel), 1);
      if (openStack.length === 0) document.body.classList.remove('ui-scroll-lock');
      if (previous?.isConnected) previous.focus();
    };
  }, [open, panelRef]);
}

interface OverlayProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Buttons under the content. */
  footer?: ReactNode;
  className?: string;
  /** The panel's width in pixels (capped by the screen). */
  width?: number;
  'data-testid'?: string;
}

function Overlay({ kind, open, onClose, title, children, footer, className, width, ...rest }: OverlayProps & { kind: 'dialog' | 'drawer-left' | 'drawer-right' }) {
  const titleId = `t${useId()}`;
  const panelRef = useRef<HTMLDivElement>(null);
  useModalBehaviour(open, panelRef, onClose);
  if (!open) return null;
  return createPortal(
    <div className={`ui-overlay ui-overlay--${kind}`}>
      <div className="ui-overlay__backdrop" onClick={onClose} aria-hidden="true" data-testid="overlay-backdrop" />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`ui-overlay__panel${className ? ` ${className}` : ''}`}
        style={width ? { width: `min(${width}px, calc(100vw - 24px))` } : undefined}
        data-testid={rest['data-testid']}
      >
        <div className="ui-overlay__header">
          <h2 id={titleId} className="ui-overlay__title">
            {title}
          </h2>
          <button type="button" className="ui-overlay__close" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
        <div className="ui-overlay__body">{children}</div>
        {footer && <div className="ui-overlay__footer">{footer}</div>}
      </div>
    </div>,
    document.body,
  );
}

/** A modal dialog: titled, focus kept inside, Esc / the close button / the backdrop close it. */
export function Dialog(props: OverlayProps) {
  return <Overlay kind="dialog" {...props} />;
}

/** A panel sliding in from a side (the cart, categories, filters on a phone); a modal like Dialog. */
export function Drawer({ placement = 'right', ...props }: OverlayProps & { placement?: 'left' | 'right' }) {
  return <Overlay kind={placement === 'left' ? 'drawer-left' : 'drawer-right'} {...props} />;
}
