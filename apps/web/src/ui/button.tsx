import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';
import { Spinner } from './feedback';

export type ButtonVariant = 'primary' | 'default' | 'text' | 'danger' | 'link';
export type ButtonSize = 'small' | 'middle' | 'large';

interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width of its container. */
  block?: boolean;
  /** Shown before the label (an icon from ui/icons). */
  icon?: ReactNode;
}

/** The class list every button-looking control shares (a <button> or a link). */
export function buttonClass({ variant = 'default', size = 'middle', block, className }: ButtonLook & { className?: string }) {
  return ['ui-btn', `ui-btn--${variant}`, size !== 'middle' && `ui-btn--${size}`, block && 'ui-btn--block', className].filter(Boolean).join(' ');
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  ButtonLook & {
    /** Busy: a spinner, `aria-busy`, and no second click until it ends. */
    loading?: boolean;
  };

/** A button (type="button" unless told otherwise). */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, size, block, icon, loading = false, disabled, className, type = 'button', children, onClick, ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClass({ variant, size, block, className })}
      disabled={disabled}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      onClick={(event) => {
        // Not `disabled` while loading, so focus stays on the button; clicks are ignored instead.
        if (loading) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...props}
    >
      {loading ? <Spinner size="small" /> : icon}
      {children !== undefined && children !== null && <span className="ui-btn__label">{children}</span>}
    </button>
  );
});

export type ButtonLinkProps = LinkProps & ButtonLook;

/**
 * A link that looks like a button: a real <a href> (middle-click, "open in new tab"), navigating
 * inside the app on a plain click.
 */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { variant, size, block, icon, className, children, ...props },
  ref,
) {
  return (
    <Link ref={ref} className={buttonClass({ variant, size, block, className })} {...props}>
      {icon}
      {children !== undefined && children !== null && <span className="ui-btn__label">{children}</span>}
    </Link>
  );
});
