import Alert from 'antd/es/alert';
import Typography from 'antd/es/typography';
import type { ReactNode } from 'react';
import type { ApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/form-errors';

interface FormAlertProps {
  error: ApiError | null;
  /** Replaces the error's message (e.g. to add a link). */
  children?: ReactNode;
}

/** A form's error that belongs to no one field: a 429 with the wait, a 401, a network failure. */
export function FormAlert({ error, children }: FormAlertProps) {
  if (!error) return null;
  if (error.status === 429) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="form-error"
        style={{ marginBottom: 16 }}
        title="Too many attempts"
        description={`For your security, please wait ${formatWait(error.retryAfterSeconds)} before trying again.`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="form-error"
      style={{ marginBottom: 16 }}
      title={children ?? error.message}
      description={
        error.status >= 500 && error.requestId ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Reference: {error.requestId}
          </Typography.Text>
        ) : undefined
      }
    />
  );
}
