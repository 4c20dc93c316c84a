import { useCallback, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiError } from '@/lib/api-client';
import { placeFieldErrors, toApiError } from '@/lib/form-errors';

/**
 * Submitting a react-hook-form form to the API: validates with the form's resolver, runs
 * `action` at most once at a time (a second Enter while the first request is on its way
 * does nothing), puts the API's field problems on the fields and keeps the rest as
 * `formError` for a FormAlert.
 */
export function useFormSubmit<TValues extends FieldValues, TContext, TOutput extends FieldValues>(
  form: UseFormReturn<TValues, TContext, TOutput>,
  action: (values: TOutput) => Promise<unknown>,
) {
  const [formError, setFormError] = useState<ApiError | null>(null);
  const inFlight = useRef(false);
  const { handleSubmit, getValues, setError } = form;

  const submit = useCallback(
    () =>
      handleSubmit(async (values) => {
        if (inFlight.current) return;
        inFlight.current = true;
        setFormError(null);
        try {
          await action(values);
        } catch (raw) {
          const error = toApiError(raw);
          if (!placeFieldErrors(error, Object.keys(getValues()), setError)) setFormError(error);
        } finally {
          inFlight.current = false;
        }
      })(),
    [action, getValues, handleSubmit, setError],
  );

  return { submit, submitting: form.formState.isSubmitting, formError, setFormError };
}
