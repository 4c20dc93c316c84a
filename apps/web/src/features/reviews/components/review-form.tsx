import { zodResolver } from '@hookform/resolvers/zod';
import { createReviewSchema, REVIEW_BODY_MAX, REVIEW_TITLE_MAX, type CreateReviewRequest } from '@devgear/contracts';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '@/components/form/form-alert';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { fieldMessage } from '@/lib/form-errors';
import { Button, RatingInput, TextArea, TextField, toast } from '@/ui';
import { useCreateReviewMutation } from '../api/reviews-api';

type Values = z.input<typeof createReviewSchema>;

/** "Write a review": stars, a title and what you think; the API's problems land on their fields. */
export function ReviewForm({ productId, productName }: { productId: string; productName: string }) {
  const form = useForm<Values, unknown, CreateReviewRequest>({
    resolver: zodResolver(createReviewSchema) as never,
    defaultValues: { rating: 0, title: '', body: '' },
  });
  const [createReview] = useCreateReviewMutation();
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await createReview({ productId, body: values }).unwrap();
    toast.success('Thanks! Your review is published.');
  });
  const { errors } = form.formState;
  const body = form.watch('body') ?? '';

  return (
    <form
      className="review-form"
      data-testid="review-form"
      aria-label={`Review ${productName}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormAlert error={formError} />
      <Controller
        control={form.control}
        name="rating"
        render={({ field }) => (
          <RatingInput
            label="Your rating"
            name="rating"
            value={Number(field.value) || null}
            onChange={(value) => field.onChange(value)}
            error={fieldMessage('Your rating', errors.rating?.message)}
          />
        )}
      />
      <TextField
        label="Title"
        {...form.register('title')}
        maxLength={REVIEW_TITLE_MAX}
        placeholder="Sum it up in a few words"
        error={fieldMessage('Title', errors.title?.message)}
        data-testid="review-title"
      />
      <TextArea
        label="Your review"
        {...form.register('body')}
        rows={4}
        maxLength={REVIEW_BODY_MAX}
        placeholder="What did you like or dislike? How do you use it?"
        help={`${body.length} / ${REVIEW_BODY_MAX}`}
        error={fieldMessage('Your review', errors.body?.message)}
        data-testid="review-body"
      />
      <Button type="submit" variant="primary" loading={submitting} data-testid="review-submit">
        Publish review
      </Button>
    </form>
  );
}
