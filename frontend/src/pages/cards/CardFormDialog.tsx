import { useEffect, useState } from 'react';
import { createCard, updateCard } from '../../api/cards';
import { ApiError, type FieldErrors } from '../../api/client';
import { createContact, listContacts } from '../../api/contacts';
import type { Card, CardInput, CardType, Contact } from '../../api/chatTypes';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { rememberContact } from '../../directory/contactCache';
import { useTeam } from '../../directory/useTeam';
import { describeError } from '../../forms/describeError';
import { localizeFields } from '../../forms/localizeFields';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import { SubscriberPicker } from './SubscriberPicker';

/** NEW_CONTACT is the contact choice that adds a contact along with the card. */
const NEW_CONTACT = '__new__';

/**
 * CardFormDialog creates a deal or a customer (for an existing contact or a new one),
 * or edits one when `card` is given: its name, responsible user and subscribers.
 */
export function CardFormDialog({
  open,
  type,
  card,
  onClose,
  onSaved,
}: {
  open: boolean;
  type: CardType;
  card?: Card;
  onClose: () => void;
  onSaved: (card: Card, created: boolean) => void;
}) {
  const t = useT();
  const { user: me } = useSession();
  const team = useTeam();
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [newContact, setNewContact] = useState('');
  const [responsible, setResponsible] = useState('');
  const [subscribers, setSubscribers] = useState<Set<string>>(new Set());
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setName(card?.name ?? '');
    setContact('');
    setNewContact('');
    setResponsible(String(card?.responsible_user_id ?? me.id));
    setSubscribers(new Set((card?.subscriber_ids ?? []).map(String)));
    setFields({});
    setError(null);
    setSaving(false);
    if (card) return;
    let live = true;
    listContacts({ limit: 500 }).then(
      (list) => {
        if (!live) return;
        setContacts(list.items);
        setContact(list.items.length ? '' : NEW_CONTACT);
      },
      () => live && setContact(NEW_CONTACT),
    );
    return () => {
      live = false;
    };
  }, [open, card, me.id]);

  // Deactivated people stay listed only where they are already chosen.
  const people = team.users.filter(
    (u) => u.active || String(u.id) === responsible || subscribers.has(String(u.id)),
  );
  const userId = (key: string) => team.byId(key)?.id ?? key;

  const submit = async () => {
    const found: FieldErrors = {};
    if (!name.trim()) found.name = t('error.required');
    if (!card && !contact) found.contact_id = t('error.required');
    if (!card && contact === NEW_CONTACT && !newContact.trim()) found.contact_name = t('error.required');
    setFields(found);
    setError(null);
    if (Object.keys(found).length) return;
    setSaving(true);
    const body: CardInput = {
      name: name.trim(),
      responsible_user_id: userId(responsible),
      subscriber_ids: [...subscribers].map(userId),
    };
    try {
      if (card) {
        onSaved(await updateCard(type, card.id, body), false);
        return;
      }
      let contactId = contacts.find((c) => String(c.id) === contact)?.id;
      if (contact === NEW_CONTACT) {
        const created = await createContact({ name: newContact.trim() });
        rememberContact(created);
        setContacts((list) => [created, ...list]);
        setContact(String(created.id));
        contactId = created.id;
      }
      onSaved(
        await createCard(type, {
          name: body.name!,
          contact_id: contactId!,
          responsible_user_id: body.responsible_user_id!,
          subscriber_ids: body.subscriber_ids,
        }),
        true,
      );
    } catch (caught) {
      setSaving(false);
      if (caught instanceof ApiError && caught.fields) setFields(localizeFields(caught.fields, t));
      setError(describeError(caught, t));
    }
  };

  const title = card
    ? t(type === 'deal' ? 'cards.editDeal' : 'cards.editCustomer')
    : t(type === 'deal' ? 'cards.createDeal' : 'cards.createCustomer');

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={submit}
      footer={<DialogActions saving={saving} submitLabel={card ? t('common.save') : t('cards.create')} onCancel={onClose} />}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <TextField
        label={t('cards.col.name')}
        name="name"
        autoComplete="off"
        value={name}
        error={fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      {!card && (
        <SelectField
          label={t('cards.contactField')}
          name="contact"
          value={contact}
          error={fields.contact_id}
          onChange={(event) => setContact(event.target.value)}
          options={[
            { value: '', label: t('cards.pickContact') },
            ...contacts.map((c) => ({ value: String(c.id), label: c.name })),
            { value: NEW_CONTACT, label: t('cards.addContactOption') },
          ]}
        />
      )}
      {!card && contact === NEW_CONTACT && (
        <TextField
          label={t('cards.contactName')}
          name="contact_name"
          autoComplete="off"
          value={newContact}
          error={fields.contact_name}
          onChange={(event) => setNewContact(event.target.value)}
        />
      )}
      <SelectField
        label={t('cards.responsible')}
        name="responsible"
        value={responsible}
        error={fields.responsible_user_id}
        onChange={(event) => setResponsible(event.target.value)}
        options={people.map((u) => ({ value: String(u.id), label: u.name }))}
      />
      <SubscriberPicker
        label={t('cards.subscribers')}
        hint={t('cards.subscribersHint')}
        users={people}
        chosen={subscribers}
        onChange={setSubscribers}
      />
    </Dialog>
  );
}
