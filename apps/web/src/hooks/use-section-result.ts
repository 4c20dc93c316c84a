import { useDeferredValue } from 'react';

/**
 * A query result for a page section that is not the page's main content (home rows, reviews,
 * recommendations): when its data arrives, React renders the section as a transition, in slices
 * that yield to the browser, rather than one long task while the page is still loading (the
 * first render is a transition too: main.tsx). The section shows the previous result meanwhile.
 */
export function useSectionResult<T>(result: T): T {
  return useDeferredValue(result);
}
