import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** A new page starts at the top (changes of only the query string, like filters, do not scroll). */
export function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo?.({ top: 0 });
  }, [pathname]);
  return null;
}
