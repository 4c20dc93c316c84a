import type { ApiError } from '@/lib/api-client';
import { Button, ReloadIcon, Result } from '@/ui';

interface ApiErrorStateProps {
  error: ApiError | undefined;
  title?: string;
  onRetry?: () => void;
}

/** A failed request: what went wrong in plain words, a retry button, and the request id for support. */
export function ApiErrorState({ error, title = 'We could not load this', onRetry }: ApiErrorStateProps) {
  return (
    <div data-testid="api-error">
      <Result
        status={error && error.status >= 500 ? '500' : 'warning'}
        title={title}
        level={2}
        subTitle={
          <>
            <div>{error?.message ?? 'Something went wrong. Please try again.'}</div>
            {error?.requestId && (
              <small className="text-secondary">
                Reference: <code className="user-select-all">{error.requestId}</code>
              </small>
            )}
          </>
        }
        extra={
          onRetry && (
            <Button variant="primary" icon={<ReloadIcon />} onClick={onRetry} data-testid="retry-button">
              Try again
            </Button>
          )
        }
      />
    </div>
  );
}
