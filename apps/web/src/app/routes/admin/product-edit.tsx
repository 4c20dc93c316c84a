import { useParams } from 'react-router-dom';
import { ProductEditorPage } from '@/features/admin/components/product-editor';
import './admin-products.css';

/** /admin/products/new and /admin/products/:id. */
export function AdminProductEditRoute() {
  const { id } = useParams();
  // Keyed: another product (or "new" after creating one) starts with its own form.
  return <ProductEditorPage key={id ?? 'new'} productId={id} />;
}
