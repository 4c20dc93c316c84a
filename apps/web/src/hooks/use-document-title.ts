import { useEffect } from 'react';

export const SITE_NAME = 'DevGear';

/** Sets the browser tab's title ("Keyboards — DevGear") while the page is shown. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : `${SITE_NAME} — gear for programmers`;
  }, [title]);
}
