import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  /** Under the card: links to the other pages of the flow. */
  footer?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** The narrow centred card the sign-in, sign-up and password pages share. */
export function AuthCard({ title, subtitle, footer, testId, children }: AuthCardProps) {
  return (
    <div className="auth-page" data-testid={testId}>
      <section className="auth-card">
        <h1 className="auth-card__title">{title}</h1>
        {subtitle && <p className="auth-card__subtitle">{subtitle}</p>}
        {children}
      </section>
      {footer && <div className="auth-page__footer">{footer}</div>}
    </div>
  );
}
