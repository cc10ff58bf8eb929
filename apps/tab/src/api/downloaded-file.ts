import type { DownloadedFile } from '@devplan/core';

/**
 * A file the app server answered (`content-disposition: attachment; filename*=UTF-8''…`), ready for the browser
 * to save: named as the server named it, or `fallback` when it did not.
 */
export async function downloadedFile(response: Response, fallback: string): Promise<DownloadedFile> {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '');
  return { name: match ? decodeURIComponent(match[1]!) : fallback, blob: await response.blob() };
}
