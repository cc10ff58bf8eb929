import { BadRequestError } from '../errors/sp-errors.js';
import type { Store } from '../storage/store.js';

/** A chunked upload in progress: the file it replaces and the bytes received so far. */
interface UploadSession {
  rowId: number;
  chunks: Uint8Array[];
  length: number;
}

/** Sessions per emulator store; they live in memory (a restart forgets unfinished uploads). */
const sessions = new WeakMap<Store, Map<string, UploadSession>>();

function sessionsOf(store: Store): Map<string, UploadSession> {
  let map = sessions.get(store);
  if (!map) {
    map = new Map();
    sessions.set(store, map);
  }
  return map;
}

function sessionFor(store: Store, uploadId: string, rowId: number): UploadSession {
  const session = sessionsOf(store).get(uploadId);
  if (!session || session.rowId !== rowId) {
    throw new BadRequestError(`The upload session '${uploadId}' does not exist for this file.`);
  }
  return session;
}

function checkOffset(session: UploadSession, offset: number): void {
  if (offset !== session.length) {
    throw new BadRequestError(
      `The file offset ${offset} does not match the ${session.length} bytes uploaded so far.`,
    );
  }
}

/** `startUpload(uploadId=guid'…')`: opens a session with the first chunk; answers the new offset. */
export function startUpload(store: Store, uploadId: string, rowId: number, chunk: Uint8Array): number {
  const map = sessionsOf(store);
  if (map.has(uploadId)) throw new BadRequestError(`The upload session '${uploadId}' already exists.`);
  map.set(uploadId, { rowId, chunks: [chunk], length: chunk.length });
  return chunk.length;
}

/** `continueUpload(uploadId=…,fileOffset=n)`: appends a chunk at `offset`; answers the new offset. */
export function continueUpload(
  store: Store,
  uploadId: string,
  rowId: number,
  offset: number,
  chunk: Uint8Array,
): number {
  const session = sessionFor(store, uploadId, rowId);
  checkOffset(session, offset);
  session.chunks.push(chunk);
  session.length += chunk.length;
  return session.length;
}

/** `finishUpload(uploadId=…,fileOffset=n)`: appends the last chunk and answers the whole content (session closed). */
export function finishUpload(
  store: Store,
  uploadId: string,
  rowId: number,
  offset: number,
  chunk: Uint8Array,
): Uint8Array {
  const session = sessionFor(store, uploadId, rowId);
  checkOffset(session, offset);
  sessionsOf(store).delete(uploadId);
  return Buffer.concat([...session.chunks, chunk]);
}

/** `cancelUpload(uploadId=…)`: forgets a session. */
export function cancelUpload(store: Store, uploadId: string, rowId: number): void {
  sessionFor(store, uploadId, rowId);
  sessionsOf(store).delete(uploadId);
}
