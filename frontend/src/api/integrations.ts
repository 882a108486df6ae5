import { API_BASE, ApiError, NETWORK_ERROR, parseError, request } from './client';
import type { Id } from './types';

/** WebhookSettings is the outgoing webhook: where "New NPS rating" is posted, signed with secret. */
export interface WebhookSettings {
  url: string;
  enabled: boolean;
  /** secret is 32 random bytes, hex; empty until the first save. */
  secret: string;
  events: string[];
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** WebhookDelivery is one row of the deliveries log. */
export interface WebhookDelivery {
  id: Id;
  event: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code?: number;
  last_error?: string;
  created_at: string;
  delivered_at?: string;
  next_attempt_at?: string;
}

/** getWebhook reads the webhook settings (admin). */
export function getWebhook() {
  return request<WebhookSettings>('/settings/webhook');
}

/** saveWebhook sets the URL and the switch (admin); the first save makes the secret. */
export function saveWebhook(body: { url?: string; enabled?: boolean }) {
  return request<WebhookSettings>('/settings/webhook', { method: 'PUT', body });
}

/** rotateWebhookSecret replaces the secret (admin). */
export function rotateWebhookSecret() {
  return request<WebhookSettings>('/settings/webhook/rotate-secret', { method: 'POST' });
}

/** testWebhook queues a "ping" delivery to the saved URL (admin). */
export function testWebhook() {
  return request<WebhookDelivery>('/settings/webhook/test', { method: 'POST' });
}

/** listWebhookDeliveries returns the last 50 deliveries, newest first (admin). */
export function listWebhookDeliveries() {
  return request<{ items: WebhookDelivery[] }>('/settings/webhook/deliveries');
}

/** backupFileName reads the file name from a Content-Disposition header. */
export function backupFileName(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

/**
 * downloadBackup fetches GET /admin/backup with the session cookie (as every API call)
 * and hands the file to the browser as a download. Returns the file name.
 */
export async function downloadBackup(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}/admin/backup`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.');
  }
  if (!response.ok) throw parseError(response.status, await response.text(), response.headers);
  const name = backupFileName(response.headers.get('Content-Disposition'), 'npsdesk-backup.db');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
