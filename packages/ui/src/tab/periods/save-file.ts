import type { FileContent } from '@devplan/core/ports';

/** Hands a file to the browser to save (an object URL and a temporary link), then frees the URL. */
export function saveFile(name: string, content: FileContent): void {
  // The tab's ports hand over browser Blobs; anything else is a programming error, not a user's.
  if (!(content instanceof Blob)) throw new TypeError('saveFile: the content is not a Blob');
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
