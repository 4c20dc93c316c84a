import { ShoppingCartOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * Cart and account entry points. The cart is a placeholder until the cart feature lands (an
 * empty badge); the account slot is given by the app (sign-in link or the account menu).
 */
export function HeaderActions({ account }: { account: ReactNode }) {
  return (
    <div className="app-header__actions-list">
      <Tooltip title="Your cart is coming soon">
        <Badge count={0} showZero size="small" offset={[-4, 4]} color="#868e96">
          <Button
            type="text"
            shape="circle"
            size="large"
            icon={<ShoppingCartOutlined />}
            aria-label="Cart (coming soon), 0 items"
            data-testid="cart-button"
          />
        </Badge>
      </Tooltip>
      {account}
    </div>
  );
}
