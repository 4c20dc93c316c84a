import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { AlertCircleIcon, CheckCircleIcon, CloseIcon, InfoIcon } from './icons';

export type Tone = 'success' | 'info' | 'warning' | 'error';

const toneIcon: Record<Tone, ReactNode> = {
  success: <CheckCircleIcon />,
  info: <InfoIcon />,
  warning: <AlertCircleIcon />,
  error: <AlertCircleIcon />,
};

/** The icon that goes with a tone (alerts and toasts). */
export function ToneIcon({ tone }: { tone: Tone }) {
  return <span className={`ui-tone-icon ui-tone-icon--${tone}`}>{toneIcon[tone]}</span>;
}

interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  type?: Tone;
  title: ReactNode;
  description?: ReactNode;
  /** A button or link beside the text (e.g. "Try again"). */
  action?: ReactNode;
  /** Shows a close button calling this. */
  onClose?: () => void;
}

/**
 * A message in the page. Errors and warnings are announced at once (role="alert"), the others
 * politely (role="status").
 */
export function Alert({ type = 'info', title, description, action, onClose, className, ...props }: AlertProps) {
  return (
    <div role={type === 'error' || type === 'warning' ? 'alert' : 'status'} className={`ui-alert ui-alert--${type}${className ? ` ${className}` : ''}`} {...props}>
      <ToneIcon tone={type} />
      <div className="ui-alert__body">
        <div className="ui-alert__title">{title}</div>
        {description && <div className="ui-alert__description">{description}</div>}
      </div>
      {action && <div className="ui-alert__action">{action}</div>}
      {onClose && (
        <button type="button" className="ui-alert__close" aria-label="Close" onClick={onClose}>
          <CloseIcon />
        </button>
      )}
    </div>
  );
}

/** A spinning ring. With a `label` it is announced (role="status"); without, decorative. */
export function Spinner({ size = 'middle', label }: { size?: 'small' | 'middle' | 'large'; label?: string }) {
  const ring = <span className={`ui-spinner ui-spinner--${size}`} aria-hidden="true" />;
  if (!label) return ring;
  return (
    <span role="status" className="ui-spinner-wrap">
      {ring}
      <span className="sr-only">{label}</span>
    </span>
  );
}

interface SkeletonProps {
  /** Text lines drawn (the last one shorter). */
  lines?: number;
  /** A block instead of lines: an image's or a card's place. */
  block?: { width?: CSSProperties['width']; height: CSSProperties['height'] };
  /** A heading line above the lines. */
  title?: boolean;
  /** What is loading, for screen readers. */
  label?: string;
  className?: string;
}

/** A placeholder of the content's shape while it loads, announced as "Loading…". */
export function Skeleton({ lines = 3, block, title = false, label = 'Loading…', className }: SkeletonProps) {
  return (
    <div role="status" aria-busy="true" className={`ui-skeleton${className ? ` ${className}` : ''}`} data-testid="skeleton">
      <span className="sr-only">{label}</span>
      {block ? (
        <span className="ui-skeleton__block" style={{ width: block.width ?? '100%', height: block.height }} aria-hidden="true" />
      ) : (
        <>
          {title && <span className="ui-skeleton__line ui-skeleton__line--title" aria-hidden="true" />}
          {Array.from({ length: lines }, (_, index) => (
            <span key={index} className="ui-skeleton__line" aria-hidden="true" />
          ))}
        </>
      )}
    </div>
  );
}

/** Nothing to show: a picture, a sentence and what to do about it. */
export function Empty({ description, icon, children, className }: { description: ReactNode; icon?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div className={`ui-empty${className ? ` ${className}` : ''}`}>
      <div className="ui-empty__icon" aria-hidden="true">
        {icon ?? (
          <svg viewBox="0 0 64 41" width="64" height="41" focusable="false">
            <g fill="none" fillRule="evenodd" transform="translate(0 1)">
              <ellipse cx="32" cy="33" fill="#eef0f5" rx="32" ry="7" />
              <path stroke="#c9cfdb" fill="#fafbfc" d="M55 12.8 44.9 1.3A2.5 2.5 0 0 0 43 .5H21a2.5 2.5 0 0 0-1.9.8L9 12.8V22h46z" />
              <path stroke="#c9cfdb" fill="#f3f5f9" d="M9 13h12.5a2 2 0 0 1 2 2 2.5 2.5 0 0 0 2.5 2.5h12a2.5 2.5 0 0 0 2.5-2.5 2 2 0 0 1 2-2H55v12a3 3 0 0 1-3 3H12a3 3 0 0 1-3-3z" />
            </g>
          </svg>
        )}
      </div>
      <div className="ui-empty__description">{description}</div>
      {children && <div className="ui-empty__actions">{children}</div>}
    </div>
  );
}

export type TagColor = 'default' | 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'gold';

interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  color?: TagColor;
  /** A close button whose accessible name is `closeLabel` (default "Remove"). */
  onClose?: () => void;
  closeLabel?: string;
  icon?: ReactNode;
}

/** A small label (a status, a category, an active filter that can be removed). */
export function Tag({ color = 'default', onClose, closeLabel = 'Remove', icon, className, children, ...props }: TagProps) {
  return (
    <span className={`ui-tag ui-tag--${color}${className ? ` ${className}` : ''}`} {...props}>
      {icon}
      {children}
      {onClose && (
        <button type="button" className="ui-tag__close" aria-label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </button>
      )}
    </span>
  );
}

/**
 * A count on top of its child (the cart's items). The number is decorative: say it in the
 * child's accessible name. Hidden at 0 unless `showZero`.
 */
export function Badge({ count, showZero = false, max = 99, children }: { count: number; showZero?: boolean; max?: number; children: ReactNode }) {
  const shown = count > 0 || showZero;
  return (
    <span className="ui-badge">
      {children}
      {shown && (
        <span className="ui-badge__count" aria-hidden="true" data-testid="badge-count">
          {count > max ? `${max}+` : count}
        </span>
      )}
    </span>
  );
}
