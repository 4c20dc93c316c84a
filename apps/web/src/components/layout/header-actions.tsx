import { ShoppingCartOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { ButtonLink } from '@/components/shared/button-link';

/**
 * Cart and account entry points. Both are placeholders until the cart and sign-in
 * features land: the cart shows an empty badge, the account link leads to a
 * "coming soon" page.
 */
export function HeaderActions() {
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
      <Tooltip title="Account">
        <ButtonLink
          to="/account"
          type="text"
          shape="circle"
          size="large"
          icon={<UserOutlined />}
          aria-label="Account"
          data-testid="account-link"
        />
      </Tooltip>
    </div>
  );
}
