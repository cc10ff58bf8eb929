/**
 * Errors that SharePoint answers with a status and an error code. Handlers throw these; one place
 * (`rest/error-response.ts`) turns them into SharePoint's error body.
 */

/** Error code of SharePoint's generic "bad OData request" failures. */
export const CODE_INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
/** Error code of a plain SharePoint exception. */
export const CODE_SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
/** Error code of a missing object addressed by an argument (list, item, field). */
export const CODE_ARGUMENT = '-1, System.ArgumentException';
/** Error code of a missing item or column. */
export const CODE_ARGUMENT_ITEM = '-2147024809, System.ArgumentException';
/** Error code of an access check failure. */
export const CODE_ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';
/** Error code of a list view threshold refusal. */
export const CODE_THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
/** Error code of a stale ETag. */
export const CODE_CLIENT_SERVICE = '-1, Microsoft.SharePoint.Client.ClientServiceException';
/** Error code of a unique-value violation. */
export const CODE_DUPLICATE = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';
/** Error code of a field value that fails the column's rules. */
export const CODE_FIELD_VALIDATION = '-2130575163, Microsoft.SharePoint.SPFieldValidationException';
/** Error code SharePoint Online answers a single line of text longer than its MaxLength with (HTTP 500). */
export const CODE_INVALID_TEXT = '-2130575336, Microsoft.SharePoint.SPException';
/** SharePoint Online's message for a single line of text longer than its MaxLength; it names no field. */
export const MESSAGE_INVALID_TEXT =
  'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.';

/** Base class: a failure SharePoint reports with an HTTP status and an "<hresult>, <Type>" code. */
export class SpError extends Error {
  /** Extra response headers (for example `Retry-After`). */
  readonly headers: Record<string, string>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.headers = headers;
  }
}

/** 400: the request is malformed or names something that does not exist. */
export class BadRequestError extends SpError {
  constructor(message: string, code: string = CODE_INVALID_QUERY) {
    super(400, code, message);
  }
}

/** 400: a field value breaks the column's rules (type, length, choices, required, lookup target). */
export class FieldValidationError extends SpError {
  constructor(message: string) {
    super(400, CODE_FIELD_VALIDATION, message);
  }
}

/**
 * 500: a single line of text is longer than the column's MaxLength. SharePoint Online answers this with a
 * generic SPException and HTTP 500, naming no field (widely quoted; see the emulator's README).
 */
export class InvalidTextValueError extends SpError {
  constructor() {
    super(500, CODE_INVALID_TEXT, MESSAGE_INVALID_TEXT);
  }
}

/** 404: the addressed object does not exist. */
export class NotFoundError extends SpError {
  constructor(message: string, code: string = CODE_ARGUMENT) {
    super(404, code, message);
  }
}

/** 403: the caller lacks the permission. */
export class AccessDeniedError extends SpError {
  constructor() {
    super(
      403,
      CODE_ACCESS_DENIED,
      'Access denied. You do not have permission to perform this action or access this resource.',
    );
  }
}

/** 412: `If-Match` does not match the object's current ETag. */
export class PreconditionFailedError extends SpError {
  constructor(requestEtag: string, currentEtag: string) {
    super(
      412,
      CODE_CLIENT_SERVICE,
      `The request ETag value '${requestEtag}' does not match the object's ETag value '${currentEtag}'.`,
    );
  }
}

/** 500: the query exceeds the list view threshold. */
export class ThresholdError extends SpError {
  constructor() {
    super(
      500,
      CODE_THROTTLED,
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  }
}

/** 409: a unique column would hold the same value twice, or a name is taken. */
export class ConflictError extends SpError {
  constructor(message: string, code: string = CODE_SP_EXCEPTION) {
    super(409, code, message);
  }
}

/** 405: the resource exists but does not accept this HTTP method. */
export class MethodNotAllowedError extends SpError {
  constructor(method: string, resource: string) {
    super(405, CODE_INVALID_QUERY, `The HTTP method '${method}' cannot be used on '${resource}'.`);
  }
}

/** 413: the request body is larger than the emulator accepts. */
export class PayloadTooLargeError extends SpError {
  constructor(limit: number) {
    super(
      413,
      '-2147024882, System.OutOfMemoryException',
      `The request body exceeds the limit of ${limit} bytes.`,
    );
  }
}

/** 429 or 503 with `Retry-After`: an injected fault, answered before any processing. */
export class ServiceBusyError extends SpError {
  constructor(status: number, retryAfterSeconds: number) {
    super(
      status,
      status === 429
        ? '-2147024893, Microsoft.SharePoint.SPRequestThrottledException'
        : '-1, System.Web.HttpException',
      status === 429
        ? 'The request has been throttled. Please retry after the number of seconds in the Retry-After header.'
        : 'The service is temporarily unavailable. Please retry after the number of seconds in the Retry-After header.',
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
}

/** 401: no token, or a token that is invalid, expired or meant for another audience. */
export class UnauthorizedError extends SpError {
  constructor(description: string, headers: Record<string, string> = {}) {
    super(401, '-2147024891, System.UnauthorizedAccessException', description, headers);
  }
}
