import { SearchOutlined } from '@ant-design/icons';
import AutoComplete from 'antd/es/auto-complete';
import Input from 'antd/es/input';
import Typography from 'antd/es/typography';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { formatMoney } from '@/lib/money';
import { useListProductsQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import { productHref } from '@/components/product/product-card';

export const SUGGESTION_DEBOUNCE_MS = 250;
const MIN_QUERY_LENGTH = 2;
/** Option values never equal typed text (the dropdown would treat that text as chosen). */
const SEARCH_ALL = '__devgear_search_all__';
const PRODUCT_PREFIX = '__devgear_product__:';

/**
 * The header search: suggests up to five products while typing (debounced); picking one
 * opens it, Enter (or "Search for ...") shows all results on the catalog page.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const pickedSuggestion = useRef(false);

  // Show the current search while on the catalog page; start empty elsewhere.
  useEffect(() => {
    if (location.pathname === '/products') setText(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.pathname, location.search]);

  const term = useDebouncedValue(text.trim(), SUGGESTION_DEBOUNCE_MS);
  const enabled = term.length >= MIN_QUERY_LENGTH;
  const { currentData, isFetching } = useListProductsQuery({ q: term, per_page: 5 }, { skip: !enabled });

  const options = useMemo(() => {
    if (!enabled) return [];
    const products = currentData?.data ?? [];
    const items = products.map((p) => ({
      value: `${PRODUCT_PREFIX}${p.slug}`,
      label: (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }} data-testid="search-suggestion">
          <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {p.name}
            <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
              {p.brand}
            </Typography.Text>
          </span>
          <span style={{ fontWeight: 600 }}>{formatMoney(p.price)}</span>
        </div>
      ),
    }));
    const all = {
      value: SEARCH_ALL,
      label: (
        <span>
          <SearchOutlined /> {products.length === 0 && !isFetching ? `No quick matches — search for “${term}”` : `See all results for “${term}”`}
        </span>
      ),
    };
    return [...items, all];
  }, [enabled, currentData, isFetching, term]);

  const search = (raw: string) => {
    const q = raw.trim();
    setOpen(false);
    navigate(q ? catalogHref({ q }) : '/products');
  };

  const onSelect = (value: string) => {
    pickedSuggestion.current = true;
    setOpen(false);
    if (value === SEARCH_ALL) {
      search(text);
      return;
    }
    setText('');
    navigate(productHref(value.slice(PRODUCT_PREFIX.length)));
  };

  // Enter either picks the highlighted suggestion (the dropdown calls onSelect while
  // handling the key) or, with none highlighted, searches. The capture phase runs before
  // the dropdown's own handler, so the decision waits until that handler has run.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const input = event.target as HTMLInputElement;
    pickedSuggestion.current = false;
    setTimeout(() => {
      if (!pickedSuggestion.current) search(input.value);
    }, 0);
  };

  return (
    <div onKeyDownCapture={onKeyDownCapture}>
    <AutoComplete
      value={text}
      options={options}
      open={open && options.length > 0}
      onOpenChange={setOpen}
      onChange={(v: string) => {
        // Choosing an option also "types" its value; onSelect handles those.
        if (v === SEARCH_ALL || v.startsWith(PRODUCT_PREFIX)) return;
        setText(v);
        setOpen(true);
      }}
      onSelect={onSelect}
      defaultActiveFirstOption={false}
      // The API already matched these; the dropdown must not filter or reorder them.
      filterOption={false}
      popupMatchSelectWidth
      style={{ width: '100%' }}
    >
      <Input
        size="large"
        placeholder="Search keyboards, monitors, headphones…"
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        aria-label="Search products"
        enterKeyHint="search"
        data-testid="search-input"
      />
    </AutoComplete>
    </div>
  );
}
