import { SearchOutlined } from '@ant-design/icons';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { catalogHref } from '../lib/catalog-search-params';

/**
 * The header search before its suggestions' code has loaded: the same box (a plain form),
 * Enter searches the catalog. Replaced by SearchBox as soon as that chunk arrives.
 */
export function SearchBoxFallback() {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    navigate(q ? catalogHref({ q }) : '/products');
  };
  return (
    <form className="search-fallback" onSubmit={onSubmit} action="/products">
      <SearchOutlined aria-hidden className="search-fallback__icon" />
      <input
        name="q"
        type="search"
        className="search-fallback__input"
        placeholder="Search keyboards, monitors, headphones…"
        aria-label="Search products"
        enterKeyHint="search"
        autoComplete="off"
      />
    </form>
  );
}
