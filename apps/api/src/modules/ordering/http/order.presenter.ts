import type { Order } from '@devgear/domain';
import type { AdminOrderDto, OrderDto } from '@devgear/contracts';

export function presentOrder(order: Order): OrderDto {
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
    },
    payment: { provider: s.payment.provider, status: s.payment.status },
    shipment: order.shipment ? { carrier: order.shipment.carrier, tracking_number: order.shipment.trackingNumber } : null,
    cancellation_reason: order.cancellationReason,
    status_history: s.statusHistory.map((h) => ({ status: h.status, at: h.at.toISOString() })),
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

/** The admin's view adds who placed the order. */
export function presentAdminOrder(order: Order): AdminOrderDto {
  return { ...presentOrder(order), customer_id: order.customerId, customer_email: order.customerEmail };
}
