import { Injectable } from '@nestjs/common';
import type { PurchaseHistory } from '@devgear/application';
import { BOUGHT_ORDER_STATUSES } from '@devgear/domain';
import { PrismaService } from '../../../platform/database/prisma.service';

/**
 * "Verified purchase" for reviews, answered by the context that owns the orders (reviews get it
 * by the PURCHASE_HISTORY token). An order counts once it is paid: paid, packed, shipped or delivered.
 */
@Injectable()
export class PrismaPurchaseHistory implements PurchaseHistory {
  constructor(private readonly prisma: PrismaService) {}

  async hasBought(customerId: string, productId: string): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<{ bought: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.customer_id = ${customerId}::uuid AND l.product_id = ${productId}::uuid
          AND o.status::text = ANY(${[...BOUGHT_ORDER_STATUSES]}::text[])
      ) AS bought`;
    return row.bought;
  }
}
