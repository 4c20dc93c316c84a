import type { ReactNode } from 'react';

const CODES = { '403': '403', '404': '404', '500': '500' } as const;

interface ResultProps {
  /** A big status code (403/404/500) or a tone mark above the title. */
  status: keyof typeof CODES | 'success' | 'warning' | 'info';
  title: ReactNode;
  subTitle?: ReactNode;
  /** Buttons and links: what to do next. */
  extra?: ReactNode;
  /** The title's heading level: 1 when it is the page's only heading. */
  level?: 1 | 2;
  children?: ReactNode;
}

const MARKS = { success: '✓', warning: '!', info: 'i' } as const;

/** A whole-page outcome: not found, not allowed, failed, done. */
export function Result({ status, title, subTitle, extra, level = 1, children }: ResultProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className={`ui-result ui-result--${status}`}>
      <div className="ui-result__mark" aria-hidden="true">
        {status in CODES ? CODES[status as keyof typeof CODES] : MARKS[status as keyof typeof MARKS]}
      </div>
      <Heading className="ui-result__title">{title}</Heading>
      {subTitle && <div className="ui-result__subtitle">{subTitle}</div>}
      {children}
      {extra && <div className="ui-result__extra">{extra}</div>}
    </div>
  );
}
