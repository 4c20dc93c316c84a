import Input from 'antd/es/input';

interface ListSearchProps {
  /** The current `q` of the list's URL (the box is reset when it changes). */
  q: string;
  placeholder: string;
  /** Called with the trimmed text, null when the box is cleared. */
  onSearch: (q: string | null) => void;
  width?: number;
  testId: string;
}

/** The search box above a back-office list: Enter or the button searches, clearing shows everything. */
export function ListSearch({ q, placeholder, onSearch, width = 360, testId }: ListSearchProps) {
  return (
    <Input.Search
      key={q}
      defaultValue={q}
      allowClear
      placeholder={placeholder}
      enterButton="Search"
      aria-label={placeholder}
      onSearch={(value) => onSearch(value.trim() || null)}
      style={{ width, maxWidth: '100%' }}
      data-testid={testId}
    />
  );
}
