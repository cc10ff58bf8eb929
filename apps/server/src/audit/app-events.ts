import type { Id } from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { Actor } from '../approvals/identity.js';

/** Something the app did at a person's request through its API, as the audit log records it. */
export interface AppEvent {
  listName: string;
  itemId: Id;
  action: string;
  actor: Pick<Actor, 'displayName'>;
  /** One entry per key: the same event recorded again (a retry, a second instance) is stored once. */
  entryKey: string;
  details: Record<string, unknown>;
}

/** Appends an event of the app's API (source `api`) to the audit log at `at`, once per entry key. */
export async function recordAppEvent(
  repos: Pick<Repositories, 'audit'>,
  event: AppEvent,
  at: Date,
): Promise<void> {
  await repos.audit.add({
    action: event.action,
    listName: event.listName,
    itemId: event.itemId,
    actor: event.actor.displayName,
    at: at.toISOString(),
    details: event.details,
    source: 'api',
    entryKey: event.entryKey,
  });
}
