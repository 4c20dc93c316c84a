import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ChevronLeftIcon, ChevronRightIcon } from './icons';

export interface BreadcrumbItem {
  label: ReactNode;
  /** A link, except for the page itself (the last item). */
  to?: string;
}

/** Where the page sits: a list of links in a nav named "Breadcrumb", the last item the current page. */
export function Breadcrumb({ items, className }: { items: BreadcrumbItem[]; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={`ui-breadcrumb${className ? ` ${className}` : ''}`}>
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index}>
              {item.to && !last ? <Link to={item.to}>{item.label}</Link> : <span aria-current={last ? 'page' : undefined}>{item.label}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The page numbers to show: first, last, current ±1, and gaps ('gap') between. */
export function pageWindow(current: number, pages: number): Array<number | 'gap'> {
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((page) => page >= 1 && page <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) out.push('gap');
    out.push(page);
  });
  return out;
}

interface PaginationProps {
  current: number;
  total: number;
  pageSize: number;
  onChange: (page: number) => void;
  /** "Showing 1-24 of 80" before the pages. */
  showTotal?: (total: number, range: [number, number]) => ReactNode;
  className?: string;
}

/** Previous, page numbers and next, in a nav named "Pagination". Nothing when it all fits on one page. */
export function Pagination({ current, total, pageSize, onChange, showTotal, className }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && !showTotal) return null;
  const range: [number, number] = [Math.min(total, (current - 1) * pageSize + 1), Math.min(total, current * pageSize)];
  return (
    <nav aria-label="Pagination" className={`ui-pagination${className ? ` ${className}` : ''}`}>
      {showTotal && <span className="ui-pagination__total">{showTotal(total, range)}</span>}
      {pages > 1 && (
        <ul>
          <li>
            <button type="button" className="ui-pagination__item" aria-label="Previous page" disabled={current <= 1} onClick={() => onChange(current - 1)}>
              <ChevronLeftIcon />
            </button>
          </li>
          {pageWindow(current, pages).map((page, index) =>
            page === 'gap' ? (
              <li key={`gap-${index}`} className="ui-pagination__gap" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={page}>
                <button
                  type="button"
                  className={`ui-pagination__item${page === current ? ' is-current' : ''}`}
                  aria-label={`Page ${page}`}
                  aria-current={page === current ? 'page' : undefined}
                  onClick={() => page !== current && onChange(page)}
                >
                  {page}
                </button>
              </li>
            ),
          )}
          <li>
            <button type="button" className="ui-pagination__item" aria-label="Next page" disabled={current >= pages} onClick={() => onChange(current + 1)}>
              <ChevronRightIcon />
            </button>
          </li>
        </ul>
      )}
    </nav>
  );
}
