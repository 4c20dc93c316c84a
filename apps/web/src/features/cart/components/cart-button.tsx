import { ShoppingCartOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useCart } from '../hooks/use-cart';
import { CartDrawer } from './cart-drawer';

/** The header's cart: a badge with the number of items, opening the cart drawer. */
export function CartButton() {
  const { data: cart } = useCart();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const count = cart?.item_count ?? 0;

  // Going to another page (a product, the cart, checkout) closes the drawer.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="cart-count" data-count={count}>
        <Button
          type="text"
          shape="circle"
          size="large"
          icon={<ShoppingCartOutlined />}
          onClick={() => setOpen(true)}
          aria-label={count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`}
          aria-haspopup="dialog"
          data-testid="cart-button"
        />
      </Badge>
      <CartDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}
