import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface MenuItem {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  /** A link; otherwise a button calling onClick. */
  to?: string;
  onClick?: () => void;
  danger?: boolean;
}

interface DisclosureMenuProps {
  /** The toggle button's content and accessible name. */
  button: ReactNode;
  buttonLabel: string;
  buttonClassName?: string;
  items: MenuItem[];
  /** Shown above the items (who is signed in). */
  header?: ReactNode;
  align?: 'start' | 'end';
  'data-testid'?: string;
}

/**
 * A button opening a list of links and actions under it (the disclosure pattern: Tab moves through
 * them). Esc, a click outside or choosing an item closes it; Esc gives focus back to the button.
 */
export function DisclosureMenu({ button, buttonLabel, buttonClassName, items, header, align = 'end', ...rest }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = `m${useId()}`;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="ui-menu" ref={rootRef} data-testid={rest['data-testid']}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName ?? 'ui-btn ui-btn--text'}
        aria-label={buttonLabel}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      <div id={listId} className={`ui-menu__popup ui-menu__popup--${align}`} hidden={!open}>
        {header && <div className="ui-menu__header">{header}</div>}
        <ul className="ui-menu__list">
          {items.map((item) => (
            <li key={item.key}>
              {item.to ? (
                <Link to={item.to} className={`ui-menu__item${item.danger ? ' is-danger' : ''}`} onClick={() => setOpen(false)}>
                  {item.icon}
                  {item.label}
                </Link>
              ) : (
                <button
                  type="button"
                  className={`ui-menu__item${item.danger ? ' is-danger' : ''}`}
                  onClick={() => {
                    setOpen(false);
                    item.onClick?.();
                  }}
                >
                  {item.icon}
                  {item.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
