import Card from 'antd/es/card';
import Typography from 'antd/es/typography';
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
      <Card className="auth-card">
        <Typography.Title level={1} className="auth-card__title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Paragraph type="secondary" className="auth-card__subtitle">{subtitle}</Typography.Paragraph>}
        {children}
      </Card>
      {footer && <div className="auth-page__footer">{footer}</div>}
    </div>
  );
}
