import type { Id } from './types';

/** Contact is a customer: who a conversation is with and whom a card is about. */
export interface Contact {
  id: Id;
  name: string;
  email?: string;
  phone?: string;
  created_at?: string;
}

/** NewContact is the body that creates a contact. */
export interface NewContact {
  name: string;
  email?: string;
  phone?: string;
}

/** CardType tells a deal from a customer; both are cards with the same fields. */
export type CardType = 'deal' | 'customer';

/** Card is a deal or a customer: a contact, a responsible user and the users who follow it. */
export interface Card {
  id: Id;
  type: CardType;
  name: string;
  contact_id: Id;
  responsible_user_id: Id;
  subscriber_ids: Id[];
  created_at?: string;
  updated_at?: string;
}

/** CardInput creates a card (every field but subscribers) or changes one (any subset). */
export interface CardInput {
  name?: string;
  contact_id?: Id;
  responsible_user_id?: Id;
  subscriber_ids?: Id[];
}

/** ChannelType names where customers write from; only the web chat for now. */
export type ChannelType = 'web';

/** Channel is a way in for customers; a web channel's public key addresses its chat. */
export interface Channel {
  id: Id;
  name: string;
  type: ChannelType;
  public_key: string;
  created_at?: string;
}

/** ConversationStatus is open until a team member closes it (a new message reopens it). */
export type ConversationStatus = 'open' | 'closed';

/** Conversation is a chat with one contact; the inbox lists them by latest activity. */
export interface Conversation {
  id: Id;
  channel_id: Id;
  contact_id: Id;
  card_type: CardType | null;
  card_id: Id | null;
  status: ConversationStatus;
  created_at: string;
  last_message_at: string;
  /** last_message previews the newest message. */
  last_message?: string;
  /** unread counts the customer's messages since the team last read or replied. */
  unread?: number;
  contact?: Contact;
  /** survey is the conversation's latest NPS survey (see api/nps.ts), if any. */
  survey?: Survey;
}

/** SurveyStatus: sent (waiting for the answer), answered or expired. */
export type SurveyStatus = 'sent' | 'answered' | 'expired';

/** Survey is one NPS survey of a conversation. */
export interface Survey {
  id: Id;
  conversation_id: Id;
  status: SurveyStatus;
  sent_by_user_id: Id;
  sent_at: string;
  answered_at?: string;
  expired_at?: string;
  score?: number;
  /** waiting: the bot still waits in the conversation (Send NPS is refused meanwhile). */
  waiting?: boolean;
}

/** ConversationPatch attaches a conversation to a card, or closes or reopens it. */
export type ConversationPatch =
  { card_type: CardType; card_id: Id } | { status: ConversationStatus };

/** AuthorType says who wrote a message: the customer, a team member or a bot. */
export type AuthorType = 'contact' | 'user' | 'bot';

/** MessageButton is a reply a bot offers; tapping it sends `value` as the text. */
export interface MessageButton {
  label: string;
  value: string;
}

/** Message is one message of a conversation. */
export interface Message {
  id: Id;
  conversation_id: Id;
  author: { type: AuthorType; id?: Id };
  text: string;
  buttons?: MessageButton[];
  created_at: string;
}

/** PublicChannel is what the customer's chat shows about the channel. */
export interface PublicChannel {
  name: string;
  type: ChannelType;
}

/** VisitorSession is what a customer's browser keeps to return to its conversation. */
export interface VisitorSession {
  conversation_id: Id;
  visitor_token: string;
}
