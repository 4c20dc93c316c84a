import type { ReactNode } from 'react';
import { CartIcon, Empty } from '@/ui';

/** An empty cart in a panel (the cart page, checkout): the sentence, then what to do (`children`). */
export function OrderEmptyCart({ description, testId, children }: { description: string; testId: string; children: ReactNode }) {
  return (
    <div className="panel" data-testid={testId}>
      <Empty
        icon={
          <span className="cart-empty__icon">
            <CartIcon />
          </span>
        }
        description={description}
      >
        {children}
      </Empty>
    </div>
  );
}
