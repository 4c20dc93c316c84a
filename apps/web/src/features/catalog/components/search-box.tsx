import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { formatMoney } from '@/lib/money';
import { useListProductsQuery } from '@/api/catalog-api';
import { CloseIcon, SearchIcon } from '@/ui';
import { catalogHref } from '../lib/catalog-search-params';
import { productHref } from '@/components/product/product-card';

export const SUGGESTION_DEBOUNCE_MS = 250;
const MIN_QUERY_LENGTH = 2;

type Choice = { kind: 'product'; slug: string } | { kind: 'all' };

/**
 * The header search (a combobox): suggests up to five products while typing (debounced); arrow
 * keys move through them, Enter or a click opens one; Enter with none highlighted (or "See all
 * results") shows all results on the catalog page. Without JavaScript it is a plain form to
 * /products?q=.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `s${useId()}`;

  // Show the current search while on the catalog page; start empty elsewhere.
  useEffect(() => {
    if (location.pathname === '/products') setText(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.pathname, location.search]);

  const term = useDebouncedValue(text.trim(), SUGGESTION_DEBOUNCE_MS);
  const enabled = term.length >= MIN_QUERY_LENGTH;
  const { currentData, isFetching } = useListProductsQuery({ q: term, per_page: 5 }, { skip: !enabled });
  const products = enabled ? (currentData?.data ?? []) : [];
  const choices: Choice[] = enabled ? [...products.map((p) => ({ kind: 'product' as const, slug: p.slug })), { kind: 'all' as const }] : [];
  const expanded = open && choices.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const search = (raw: string) => {
    const q = raw.trim();
    close();
    navigate(q ? catalogHref({ q }) : '/products');
  };

  const choose = (choice: Choice) => {
    if (choice.kind === 'all') {
      search(text);
      return;
    }
    close();
    setText('');
    navigate(productHref(choice.slug));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (choices.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + choices.length + (index === -1 && step < 0 ? 1 : 0)) % choices.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0 && choices[active]) choose(choices[active]);
      else search(event.currentTarget.value);
    } else if (event.key === 'Escape') {
      if (expanded) close();
      else setText('');
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(text);
  };

  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <form className="search-box" action="/products" onSubmit={onSubmit}>
      <SearchIcon className="search-box__icon" />
      <input
        name="q"
        type="search"
        className="search-box__input"
        placeholder="Search keyboards, monitors, headphones…"
        aria-label="Search products"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        enterKeyHint="search"
        autoComplete="off"
        data-testid="search-input"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {text && (
        <button
          type="button"
          className="search-box__clear"
          aria-label="Clear search"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setText('');
            close();
          }}
        >
          <CloseIcon />
        </button>
      )}
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-box__list" hidden={!expanded}>
        {products.map((p, index) => (
          <li
            key={p.id}
            id={optionId(index)}
            role="option"
            aria-selected={active === index}
            className={`search-box__option${active === index ? ' is-active' : ''}`}
            data-testid="search-suggestion"
            // Keeps the focus in the box (a blur would close the list before the click lands).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose({ kind: 'product', slug: p.slug })}
          >
            <span className="search-box__name">
              {p.name}
              <span className="text-secondary search-box__brand">{p.brand}</span>
            </span>
            <span className="search-box__price">{formatMoney(p.price)}</span>
          </li>
        ))}
        <li
          id={optionId(products.length)}
          role="option"
          aria-selected={active === products.length}
          className={`search-box__option search-box__all${active === products.length ? ' is-active' : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose({ kind: 'all' })}
        >
          <SearchIcon /> {products.length === 0 && !isFetching ? `No quick matches — search for “${term}”` : `See all results for “${term}”`}
        </li>
      </ul>
    </form>
  );
}
