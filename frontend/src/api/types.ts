/** Id is an opaque identifier: pass back exactly what the server returned. */
export type Id = number | string;

/** Role is what a team member may do: administrators also manage the workspace. */
export type Role = 'admin' | 'manager';

/** User is a team member as the API returns it. */
export interface User {
  id: Id;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  created_at: string;
}

/** AuthResponse answers setup, login and password change; the token also arrives as a cookie. */
export interface AuthResponse {
  access_token: string;
  user: User;
}

/** SetupStatus tells whether the first administrator still has to be created. */
export interface SetupStatus {
  needed: boolean;
}

/** List is one page of a collection. */
export interface List<T> {
  items: T[];
  next_cursor?: string;
}

/** NotificationType names a kind of notification; more may come from the server. */
export type NotificationType = 'nps_critical' | (string & {});

/** Notification is one entry of the user's notification center. */
export interface Notification {
  id: Id;
  type: NotificationType;
  text: string;
  conversation_id?: Id;
  card_type?: 'deal' | 'customer';
  card_id?: Id;
  read: boolean;
  created_at: string;
}

/** NotificationList is a page of notifications plus the user's total unread count. */
export interface NotificationList extends List<Notification> {
  unread_count?: number;
}

/** NewUser is the body that creates a user. */
export interface NewUser {
  name: string;
  email: string;
  password: string;
  role: Role;
}

/** UserPatch is the body that changes a user: any subset of these fields. */
export interface UserPatch {
  name?: string;
  email?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}
