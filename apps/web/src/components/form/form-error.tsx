import './forms.css';
import type { ReactNode } from 'react';
import { Alert } from '@/ui';
import type { ApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/form-errors';

interface FormErrorProps {
  error: ApiError | null;
  /** Replaces the error's message (e.g. to add a link). */
  children?: ReactNode;
}

/**
 * A storefront form's error that belongs to no one field (a 429 with the wait, a 401, a network
 * failure), on the UI kit (the back office's antd forms use FormAlert).
 */
export function FormError({ error, children }: FormErrorProps) {
  if (!error) return null;
  if (error.status === 429) {
    return (
      <Alert
        type="warning"
        className="form-error"
        data-testid="form-error"
        title="Too many attempts"
        description={`For your security, please wait ${formatWait(error.retryAfterSeconds)} before trying again.`}
      />
    );
  }
  return (
    <Alert
      type="error"
      className="form-error"
      data-testid="form-error"
      title={children ?? error.message}
      description={error.status >= 500 && error.requestId ? <span className="form-error__reference">Reference: {error.requestId}</span> : undefined}
    />
  );
}
