import { useEffect } from 'react';

/** usePageTitle names the browser tab after the page: "Inbox · npsdesk". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · npsdesk` : 'npsdesk';
  }, [title]);
}
