import { ButtonLink, Result } from '@/ui';

/** Signed in, but this page is not for you (a customer on an admin page). */
export function Forbidden({ message = 'This part of the store is for admins. If you need access, ask an admin to change your role.' }: { message?: string }) {
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title="You are not allowed here"
        subTitle={message}
        extra={
          <ButtonLink variant="primary" to="/">
            Back to the shop
          </ButtonLink>
        }
      />
    </div>
  );
}
