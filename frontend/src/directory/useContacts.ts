import { useEffect, useState } from 'react';
import type { Contact } from '../api/chatTypes';
import type { Id } from '../api/types';
import { loadContact } from './contactCache';

/**
 * useContacts resolves contact ids to contacts (for tables that show names), each
 * fetched once per page load. Unknown ids stay out of the map.
 */
export function useContacts(ids: readonly Id[]): Map<string, Contact> {
  const [found, setFound] = useState<Map<string, Contact>>(new Map());
  const key = [...new Set(ids.map(String))].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    Promise.all(wanted.map((id) => loadContact(id).catch(() => null))).then((list) => {
      if (!live) return;
      const map = new Map<string, Contact>();
      for (const contact of list) if (contact) map.set(String(contact.id), contact);
      setFound(map);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found;
}
