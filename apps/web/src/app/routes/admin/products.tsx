import Typography from 'antd/es/typography';
import { ProductsTable } from '@/features/admin/components/products-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import './admin-products.css';

export function AdminProductsRoute() {
  useDocumentTitle('Admin · Products');
  return (
    <>
      <Typography.Title level={1} className="page-title">
        Admin · Products
      </Typography.Title>
      <ProductsTable />
    </>
  );
}
