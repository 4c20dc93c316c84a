import type { ReactNode } from 'react';
import { ButtonLink, Result } from '@/ui';

interface NotFoundProps {
  title?: string;
  message?: ReactNode;
  actionLabel?: string;
  actionTo?: string;
}

/** The friendly "nothing here" page, for unknown routes and unknown products alike. */
export function NotFound({
  title = 'Page not found',
  message = 'The page you are looking for does not exist or has moved.',
  actionLabel = 'Back to the shop',
  actionTo = '/',
}: NotFoundProps) {
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={title}
        subTitle={message}
        extra={
          <ButtonLink variant="primary" to={actionTo}>
            {actionLabel}
          </ButtonLink>
        }
      />
    </div>
  );
}
