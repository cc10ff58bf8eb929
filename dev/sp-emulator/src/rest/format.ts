import { SpError, UnauthorizedError } from '../errors/sp-errors.js';
import {
  CollectionValue,
  ComplexValue,
  DeferredValue,
  EntityValue,
  type ODataValue,
  type Payload,
} from './values.js';

/** SharePoint's JSON formats. */
export type ResponseFormat = 'verbose' | 'minimal' | 'nometadata';

/** Picks the response format from the `Accept` header (JSON light minimal metadata by default). */
export function negotiateFormat(accept: string | undefined): ResponseFormat {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

/** The `Content-Type` of a JSON response in a format. */
export function contentTypeOf(format: ResponseFormat): string {
  switch (format) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal':
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

function renderLight(value: ODataValue, format: ResponseFormat): unknown {
  if (value instanceof EntityValue) return renderLightEntity(value, format, false);
  if (value instanceof ComplexValue) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value.props)) out[k] = renderLight(v, format);
    return out;
  }
  if (value instanceof CollectionValue) return value.items.map((v) => renderLight(v, format));
  if (value instanceof DeferredValue) return undefined;
  return value;
}

function renderLightEntity(
  entity: EntityValue,
  format: ResponseFormat,
  nested: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === 'minimal') {
    out['odata.type'] = entity.typeName;
    out['odata.id'] = entity.uri;
    if (entity.etag !== undefined) out['odata.etag'] = entity.etag;
    if (!nested || entity.editLink) out['odata.editLink'] = entity.editLink;
  }
  for (const [k, v] of Object.entries(entity.props)) {
    const rendered = renderLight(v, format);
    if (rendered !== undefined) out[k] = rendered;
  }
  return out;
}

function renderVerbose(value: ODataValue): unknown {
  if (value instanceof EntityValue) return renderVerboseEntity(value);
  if (value instanceof ComplexValue) {
    const out: Record<string, unknown> = { __metadata: { type: value.typeName } };
    for (const [k, v] of Object.entries(value.props)) out[k] = renderVerbose(v);
    return out;
  }
  if (value instanceof CollectionValue) {
    const results = value.items.map((v) => renderVerbose(v));
    return value.edmType ? { __metadata: { type: value.edmType }, results } : { results };
  }
  if (value instanceof DeferredValue) return { __deferred: { uri: value.uri } };
  return value;
}

function renderVerboseEntity(entity: EntityValue): Record<string, unknown> {
  const metadata: Record<string, string> = { id: entity.uri, uri: entity.uri };
  if (entity.etag !== undefined) metadata.etag = entity.etag;
  metadata.type = entity.typeName;
  const out: Record<string, unknown> = { __metadata: metadata };
  for (const [k, v] of Object.entries(entity.props)) out[k] = renderVerbose(v);
  return out;
}

/** Writes a payload as SharePoint does in the given format; `apiBase` is `<site>/_api`. */
export function renderPayload(payload: Payload, format: ResponseFormat, apiBase: string): unknown {
  const metadataUrl = `${apiBase}/$metadata#${payload.metadataType}`;
  if (format === 'verbose') {
    switch (payload.kind) {
      case 'set': {
        const d: Record<string, unknown> = { results: payload.items.map((e) => renderVerboseEntity(e)) };
        if (payload.nextLink) d.__next = payload.nextLink;
        return { d };
      }
      case 'entity':
        return { d: renderVerboseEntity(payload.entity) };
      case 'plain':
        return { d: { [payload.verboseName]: renderVerbose(payload.value) } };
    }
  }
  switch (payload.kind) {
    case 'set': {
      const out: Record<string, unknown> = {};
      if (format === 'minimal') out['odata.metadata'] = metadataUrl;
      out.value = payload.items.map((e) => renderLightEntity(e, format, true));
      if (payload.nextLink) out['odata.nextLink'] = payload.nextLink;
      return out;
    }
    case 'entity': {
      const body = renderLightEntity(payload.entity, format, false);
      return format === 'minimal' ? { 'odata.metadata': `${metadataUrl}/@Element`, ...body } : body;
    }
    case 'plain': {
      const head: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': metadataUrl } : {};
      if (payload.value === null) return { ...head, 'odata.null': true };
      if (payload.value instanceof ComplexValue) {
        return { ...head, ...(renderLight(payload.value, format) as Record<string, unknown>) };
      }
      return { ...head, value: renderLight(payload.value, format) };
    }
  }
}

/** SharePoint's error body for an error code and message in a format. */
export function renderError(code: string, message: string, format: ResponseFormat): unknown {
  const error = { code, message: { lang: 'en-US', value: message } };
  return format === 'verbose' ? { error } : { 'odata.error': error };
}

/** Turns anything thrown into status, headers and SharePoint's error body (the one place that does so). */
export function errorResponse(
  error: unknown,
  format: ResponseFormat,
): { status: number; headers: Record<string, string>; body: unknown } {
  if (error instanceof UnauthorizedError) {
    // SharePoint Online answers token failures with an OAuth-style body, not the OData error shape.
    return { status: 401, headers: error.headers, body: { error_description: error.message } };
  }
  if (error instanceof SpError) {
    return {
      status: error.status,
      headers: error.headers,
      body: renderError(error.code, error.message, format),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 500,
    headers: {},
    body: renderError(
      '-2146233088, System.InvalidOperationException',
      `Internal error in the SharePoint emulator: ${message}`,
      format,
    ),
  };
}
