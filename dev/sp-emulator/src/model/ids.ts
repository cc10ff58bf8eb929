import { randomUUID } from 'node:crypto';

/** A new lower-case GUID. */
export function newGuid(): string {
  return randomUUID();
}

const GUID_RE = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Normalises a GUID written with or without braces; returns undefined when it is not a GUID. */
export function normalizeGuid(value: string): string | undefined {
  const m = GUID_RE.exec(value.trim());
  return m?.[1]?.toLowerCase();
}

/** Current time as SharePoint writes it: ISO 8601 UTC without milliseconds. */
export function nowIso(): string {
  return toSpDate(new Date());
}

/** Formats a date as SharePoint does in REST payloads (`2025-06-17T08:30:00Z`). */
export function toSpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
