import { Inject, Injectable } from '@nestjs/common';
import type { UserRepository } from '@devgear/application';
import type { Order } from '@devgear/domain';
import type { AdminOrderDto, LineImageDto, OrderDto } from '@devgear/contracts';
import { USER_DIRECTORY } from '../../../platform/auth/auth.guard';
import { ProductThumbnails } from '../../catalog/catalog.public';

type Images = ReadonlyMap<string, LineImageDto>;

/** The wire shape of an order, each line with its product's picture from `images`. */
export function orderDto(order: Order, images: Images): OrderDto {
  const s = order.toSnapshot();
  return {
    id: s.id,
    number: s.number,
    status: s.status,
    items: s.lines.map((l) => ({
      variant_id: l.variantId,
      product_id: l.productId,
      name: l.name,
      sku: l.sku,
      quantity: l.quantity,
      unit_price: l.unitPrice,
      line_total: l.lineTotal,
      image: images.get(l.productId) ?? null,
    })),
    subtotal: s.totals.subtotal,
    discount_total: s.totals.discount,
    shipping_total: s.totals.shipping,
    tax_total: s.totals.tax,
    total: s.totals.total,
    discount_code: s.discount?.code ?? null,
    shipping_address: {
      name: s.shippingAddress.name,
      line1: s.shippingAddress.line1,
      line2: s.shippingAddress.line2,
      city: s.shippingAddress.city,
      state: s.shippingAddress.state,
      postal_code: s.shippingAddress.postalCode,
      country: s.shippingAddress.country,
      phone: s.shippingAddress.phone,
    },
    payment: { provider: s.payment.provider, status: s.payment.status },
    shipment: order.shipment ? { carrier: order.shipment.carrier, tracking_number: order.shipment.trackingNumber } : null,
    cancellation_reason: order.cancellationReason,
    status_history: s.statusHistory.map((h) => ({ status: h.status, at: h.at.toISOString() })),
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

/** "Ada Lovelace"; null when the account has no name (or is gone). */
function fullName(user: { firstName: string; lastName: string } | undefined): string | null {
  const name = user ? `${user.firstName} ${user.lastName}`.trim() : '';
  return name === '' ? null : name;
}

/**
 * Orders as the API shows them (customers, admins, fulfilment partners and partner webhooks
 * alike): the lines' pictures are looked up once per answer, the admin's customer names once per
 * page.
 */
@Injectable()
export class OrderPresenter {
  constructor(
    private readonly thumbnails: ProductThumbnails,
    @Inject(USER_DIRECTORY) private readonly users: Pick<UserRepository, 'findSummaries'>,
  ) {}

  async one(order: Order): Promise<OrderDto> {
    return (await this.many([order]))[0];
  }

  async many(orders: readonly Order[]): Promise<OrderDto[]> {
    const images = await this.thumbnails.of(orders.flatMap((o) => o.toSnapshot().lines.map((l) => l.productId)));
    return orders.map((o) => orderDto(o, images));
  }

  /** The admin's view adds who placed the order: id, email and name. */
  async admin(orders: readonly Order[]): Promise<AdminOrderDto[]> {
    const [dtos, customers] = await Promise.all([this.many(orders), this.users.findSummaries([...new Set(orders.map((o) => o.customerId))])]);
    const byId = new Map(customers.map((u) => [u.id, u]));
    return orders.map((o, i) => ({ ...dtos[i], customer_id: o.customerId, customer_email: o.customerEmail, customer_name: fullName(byId.get(o.customerId)) }));
  }
}
