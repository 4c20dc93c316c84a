import type { SpecificationDto } from '@devgear/contracts';
import Table from 'antd/es/table';

export function formatSpecValue(spec: SpecificationDto): string {
  return spec.unit ? `${spec.value} ${spec.unit}` : spec.value;
}

/** Specifications as a two-column table: name and value with its unit. */
export function SpecsTable({ specifications }: { specifications: SpecificationDto[] }) {
  return (
    <Table
      data-testid="specs-table"
      size="small"
      pagination={false}
      showHeader={false}
      rowKey={(s) => s.key}
      dataSource={specifications}
      columns={[
        { key: 'key', dataIndex: 'key', width: '40%', render: (key: string) => <strong>{key}</strong> },
        { key: 'value', render: (_: unknown, spec: SpecificationDto) => formatSpecValue(spec) },
      ]}
    />
  );
}
