import { localize, ConcurrencyError, DomainError, NotFoundError, PermissionError } from '@devplan/core';

/** An error SharePoint answered, with its status, its error code and its body. */
export class SharePointError extends DomainError {
  override readonly name = 'SharePointError';
  constructor(
    status: number,
    readonly spCode: string,
    readonly spMessage: string,
    readonly body: unknown,
  ) {
    super('sharepoint', localize('error.sharepoint', { status, message: spMessage }), status, { spCode });
  }
}

/** A column that must hold unique values already holds this one (e.g. a second follow-up for a period). */
export class DuplicateValueError extends SharePointError {}

/** SharePoint could not be reached at all (network, DNS, dropped connection). */
export class NetworkError extends DomainError {
  override readonly name = 'NetworkError';
  constructor(readonly causeError: unknown) {
    super('network', localize('error.network'), 503);
  }
}

interface HttpErrorLike {
  isHttpRequestError: true;
  status: number;
  response: Response;
}

function isHttpError(e: unknown): e is HttpErrorLike {
  return (
    typeof e === 'object' && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true
  );
}

/** Reads SharePoint's error body: `{"odata.error":{code,message:{value}}}` (light) or `{"error":…}` (verbose). */
export function parseSharePointError(text: string): { code: string; message: string; body: unknown } {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const err = (body['odata.error'] ?? body['error']) as
      { code?: string; message?: { value?: string } | string } | undefined;
    const message = typeof err?.message === 'string' ? err.message : (err?.message?.value ?? text);
    const description = (body as { error_description?: string }).error_description;
    return { code: err?.code ?? '', message: description ?? message, body };
  } catch {
    return { code: '', message: text.slice(0, 500), body: text };
  }
}

/** Where an error happened, so it can be named. */
export interface ErrorContext {
  listName: string;
  itemId?: number;
}

/**
 * Turns whatever PnPjs threw into one of the product's named errors: 412 → ConcurrencyError,
 * 403/401 → PermissionError, 404 → NotFoundError, duplicate values → DuplicateValueError,
 * anything else from SharePoint → SharePointError, no response at all → NetworkError.
 * This is the one place errors from SharePoint are interpreted.
 */
export async function toProductError(error: unknown, context: ErrorContext): Promise<Error> {
  if (error instanceof DomainError) return error;
  if (!isHttpError(error)) {
    // fetch rejects with a TypeError when no answer came; known by name, since it may come from another realm
    // (where `instanceof TypeError`, and even `instanceof Error`, is false).
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    return name === 'TypeError' ? new NetworkError(error) : (error as Error);
  }
  const text = await error.response
    .text()
    .catch((readError: unknown) => `(body unreadable: ${String(readError)})`);
  const { code, message, body } = parseSharePointError(text);
  switch (error.status) {
    case 412:
      return new ConcurrencyError(context.listName, context.itemId ?? 0, body);
    case 401:
    case 403:
      return new PermissionError(undefined, body);
    case 404:
      return new NotFoundError(context.listName, context.itemId ?? '');
  }
  if (code.includes('SPDuplicateValuesFoundException'))
    return new DuplicateValueError(error.status, code, message, body);
  return new SharePointError(error.status, code, message, body);
}

/** Runs a SharePoint call and rethrows its failure as a named product error. */
export async function spCall<T>(context: ErrorContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await toProductError(error, context);
  }
}
