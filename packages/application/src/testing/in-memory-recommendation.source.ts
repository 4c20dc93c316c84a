import type { ProductSnapshot } from '@devgear/domain';
import type { RecommendationSource } from '../ports/recommendation-source.port';
import type { Rating } from './in-memory-catalog.read-model';
import type { InMemoryProductRepository } from './in-memory-product.repository';

export interface SoldOrder {
  id: string;
  customerId: string;
  status: 'pending' | 'paid' | 'packed' | 'shipped' | 'delivered' | 'cancelled' | 'refunded' | 'payment_failed';
  placedAt: Date;
  lines: { productId: string; quantity: number }[];
}

const BOUGHT = new Set(['paid', 'packed', 'shipped', 'delivered']);

/** The recommendation aggregates over recorded orders, by linear scans: the semantics the SQL must have. */
export class InMemoryRecommendationSource implements RecommendationSource {
  readonly orders: SoldOrder[] = [];

  constructor(
    private readonly products: InMemoryProductRepository,
    private readonly ratings: Map<string, Rating>,
  ) {}

  async fromBoughtCategories(customerId: string, limit: number): Promise<string[]> {
    const bought = new Set(await this.boughtBy(customerId));
    const unitsByCategory = new Map<string, number>();
    for (const line of this.paidLines((o) => o.customerId === customerId)) {
      const category = this.product(line.productId)?.categoryId;
      if (category) unitsByCategory.set(category, (unitsByCategory.get(category) ?? 0) + line.quantity);
    }
    const top = new Set([...unitsByCategory].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([c]) => c));
    return this.buyable()
      .filter((p) => top.has(p.categoryId) && !bought.has(p.id))
      .sort(this.bestRatedFirst)
      .slice(0, limit)
      .map((p) => p.id);
  }

  async boughtBy(customerId: string): Promise<string[]> {
    return [...new Set(this.paidLines((o) => o.customerId === customerId).map((l) => l.productId))];
  }

  async bestSellers(since: Date, limit: number): Promise<string[]> {
    const units = new Map<string, number>();
    for (const line of this.paidLines((o) => o.placedAt.getTime() >= since.getTime())) units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
    const buyable = new Set(this.buyable().map((p) => p.id));
    return [...units].filter(([id]) => buyable.has(id)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
  }

  async bestRated(limit: number): Promise<string[]> {
    return this.buyable().sort(this.bestRatedFirst).slice(0, limit).map((p) => p.id);
  }

  async boughtTogetherWith(productId: string, limit: number): Promise<string[]> {
    const shared = new Map<string, { orders: number; units: number }>();
    for (const order of this.orders.filter((o) => BOUGHT.has(o.status) && o.lines.some((l) => l.productId === productId))) {
      for (const line of order.lines.filter((l) => l.productId !== productId)) {
        const s = shared.get(line.productId) ?? { orders: 0, units: 0 };
        shared.set(line.productId, { orders: s.orders + 1, units: s.units + line.quantity });
      }
    }
    const buyable = new Set(this.buyable().map((p) => p.id));
    return [...shared]
      .filter(([id]) => buyable.has(id))
      .sort((a, b) => b[1].orders - a[1].orders || b[1].units - a[1].units || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => id);
  }

  async sameCategoryAs(productId: string, limit: number): Promise<string[]> {
    const category = this.product(productId)?.categoryId;
    return this.buyable()
      .filter((p) => p.categoryId === category && p.id !== productId)
      .sort(this.bestRatedFirst)
      .slice(0, limit)
      .map((p) => p.id);
  }

  async orderFacts(orderId: string): Promise<{ customerId: string; productIds: string[] } | null> {
    const order = this.orders.find((o) => o.id === orderId);
    return order ? { customerId: order.customerId, productIds: [...new Set(order.lines.map((l) => l.productId))] } : null;
  }

  private paidLines(which: (o: SoldOrder) => boolean) {
    return this.orders.filter((o) => BOUGHT.has(o.status) && which(o)).flatMap((o) => o.lines);
  }

  private product(id: string): ProductSnapshot | undefined {
    return this.products.snapshots().find((p) => p.id === id);
  }

  private buyable(): ProductSnapshot[] {
    return this.products.snapshots().filter((p) => p.archivedAt === null && p.variants.some((v) => v.available > 0));
  }

  private readonly bestRatedFirst = (a: ProductSnapshot, b: ProductSnapshot): number => {
    const ra = this.ratings.get(a.id) ?? { average: 0, count: 0 };
    const rb = this.ratings.get(b.id) ?? { average: 0, count: 0 };
    return rb.average - ra.average || rb.count - ra.count || b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1);
  };
}
