import { getContact } from '../api/contacts';
import type { Contact } from '../api/chatTypes';
import type { Id } from '../api/types';

const contacts = new Map<string, Promise<Contact>>();

/** loadContact fetches a contact once per page load, for the lists that show names by id. */
export function loadContact(id: Id): Promise<Contact> {
  const key = String(id);
  let found = contacts.get(key);
  if (!found) {
    found = getContact(id).catch((error: unknown) => {
      contacts.delete(key);
      throw error;
    });
    contacts.set(key, found);
  }
  return found;
}

/** rememberContact records a contact this page already has (created or listed). */
export function rememberContact(contact: Contact): void {
  contacts.set(String(contact.id), Promise.resolve(contact));
}
