import { ReloadOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import Typography from 'antd/es/typography';
import type { ApiError } from '@/lib/api-client';

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
        subTitle={
          <>
            <div>{error?.message ?? 'Something went wrong. Please try again.'}</div>
            {error?.requestId && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                Reference: <Typography.Text copyable={{ text: error.requestId }} type="secondary" style={{ fontSize: 12 }}>{error.requestId}</Typography.Text>
              </Typography.Text>
            )}
          </>
        }
        extra={
          onRetry && (
            <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry-button">
              Try again
            </Button>
          )
        }
      />
    </div>
  );
}
