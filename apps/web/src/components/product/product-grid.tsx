import type { ProductSummaryDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import { ProductCard, type CardAction } from './product-card';

/** Column spans of a product card: 2 per row on phones, up to 4 on wide screens. */
export interface GridSpans {
  xs?: number;
  sm?: number;
  md?: number;
  lg?: number;
  xl?: number;
}

const DEFAULT_SPANS: GridSpans = { xs: 12, sm: 12, md: 8, lg: 6 };

interface ProductGridProps {
  products: ProductSummaryDto[];
  spans?: GridSpans;
  /** An action on each card (the cart's "Add"). */
  cardAction?: CardAction;
  /** Laid over each card's image (the wishlist heart). */
  cardOverlay?: CardAction;
}

export function ProductGrid({ products, spans = DEFAULT_SPANS, cardAction, cardOverlay }: ProductGridProps) {
  return (
    <Row gutter={[16, 16]} data-testid="product-grid">
      {products.map((p) => (
        <Col key={p.id} {...spans}>
          <ProductCard product={p} action={cardAction} overlay={cardOverlay} />
        </Col>
      ))}
    </Row>
  );
}

/** Placeholder cards shaped like the real ones while products load. */
export function ProductGridSkeleton({ count = 8, spans = DEFAULT_SPANS }: { count?: number; spans?: GridSpans }) {
  return (
    <Row gutter={[16, 16]} data-testid="product-grid-loading" aria-busy="true" aria-label="Loading products">
      {Array.from({ length: count }, (_, i) => (
        <Col key={i} {...spans}>
          <Card className="product-card" cover={<div className="product-card__media" />}>
            <Skeleton active title={{ width: '80%' }} paragraph={{ rows: 2, width: ['50%', '30%'] }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
