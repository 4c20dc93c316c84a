import { zodResolver } from '@hookform/resolvers/zod';
import { createReviewSchema, REVIEW_BODY_MAX, REVIEW_TITLE_MAX, type CreateReviewRequest } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Rate from 'antd/es/rate';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '@/components/form/form-alert';
import { FormField } from '@/components/form/form-field';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { useCreateReviewMutation } from '../api/reviews-api';

type Values = z.input<typeof createReviewSchema>;
const RATING_LABELS = ['Terrible', 'Bad', 'Okay', 'Good', 'Excellent'];

/** "Write a review": stars, a title and what you think; the API's problems land on their fields. */
export function ReviewForm({ productId, productName }: { productId: string; productName: string }) {
  const form = useForm<Values, unknown, CreateReviewRequest>({
    resolver: zodResolver(createReviewSchema) as never,
    defaultValues: { rating: 0, title: '', body: '' },
  });
  const [createReview] = useCreateReviewMutation();
  const { message } = App.useApp();
  const { submit, submitting, formError } = useFormSubmit(form, async (values) => {
    await createReview({ productId, body: values }).unwrap();
    void message.success('Thanks! Your review is published.');
  });

  return (
    <Form component="div" layout="vertical" requiredMark={false} className="review-form" data-testid="review-form" aria-label={`Review ${productName}`}>
      <FormAlert error={formError} />
      <FormField control={form.control} name="rating" label="Your rating">
        {(field) => (
          <Rate
            value={Number(field.value) || 0}
            onChange={(value) => field.onChange(value)}
            tooltips={RATING_LABELS}
            aria-label="Your rating"
            data-testid="review-rating"
          />
        )}
      </FormField>
      <FormField control={form.control} name="title" label="Title">
        {(field) => <Input {...field} maxLength={REVIEW_TITLE_MAX} placeholder="Sum it up in a few words" data-testid="review-title" />}
      </FormField>
      <FormField control={form.control} name="body" label="Your review">
        {(field) => <Input.TextArea {...field} rows={4} maxLength={REVIEW_BODY_MAX} showCount placeholder="What did you like or dislike? How do you use it?" data-testid="review-body" />}
      </FormField>
      <Button type="primary" loading={submitting} onClick={() => void submit()} data-testid="review-submit">
        Publish review
      </Button>
    </Form>
  );
}
