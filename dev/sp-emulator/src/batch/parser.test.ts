import { BadRequestError } from '../errors/sp-errors.js';
import { boundaryOf, parseBatch } from './parser.js';

/** A batch body as PnPjs 4 writes it (LF line ends, changeset for writes, absolute URLs). */
const PNPJS_BODY = [
  '--batch_1',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  "GET http://127.0.0.1:1/sites/s/_api/web/lists/getByTitle('Plans')/items HTTP/1.1",
  'accept: application/json',
  'content-type: application/json;charset=utf-8',
  '',
  '--batch_1',
  'Content-Type: multipart/mixed; boundary="changeset_2"',
  '',
  '--changeset_2',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  "POST http://127.0.0.1:1/sites/s/_api/web/lists/getByTitle('Plans')/items HTTP/1.1",
  'accept: application/json',
  'content-type: application/json;charset=utf-8',
  '',
  '{"Title":"a"}',
  '',
  '--changeset_2',
  'Content-Type: application/http',
  'Content-Transfer-Encoding: binary',
  '',
  "MERGE http://127.0.0.1:1/sites/s/_api/web/lists/getByTitle('Plans')/items(1) HTTP/1.1",
  'if-match: *',
  '',
  '{"Title":"b"}',
  '',
  '--changeset_2--',
  '',
  '--batch_1--',
  '',
].join('\n');

describe('the $batch parser', () => {
  it('reads the boundary of a multipart content type, quoted or not', () => {
    expect(boundaryOf('multipart/mixed; boundary=batch_1')).toBe('batch_1');
    expect(boundaryOf('multipart/mixed; boundary="changeset_2"')).toBe('changeset_2');
    expect(boundaryOf('application/json')).toBeUndefined();
  });

  it('reads top-level parts and changesets in order, as PnPjs sends them', () => {
    const parts = parseBatch('multipart/mixed; boundary=batch_1', PNPJS_BODY);
    expect(parts.map((p) => [p.method, p.url.split('_api/')[1], p.body])).toEqual([
      ['GET', "web/lists/getByTitle('Plans')/items", ''],
      ['POST', "web/lists/getByTitle('Plans')/items", '{"Title":"a"}'],
      ['MERGE', "web/lists/getByTitle('Plans')/items(1)", '{"Title":"b"}'],
    ]);
    expect(parts[0]?.headers.accept).toBe('application/json');
    expect(parts[2]?.headers['if-match']).toBe('*');
    expect(parts[1]?.changeset).toBe('changeset_2');
  });

  it('accepts CRLF line ends', () => {
    const parts = parseBatch('multipart/mixed; boundary=batch_1', PNPJS_BODY.replace(/\n/g, '\r\n'));
    expect(parts).toHaveLength(3);
    expect(parts[1]?.body).toBe('{"Title":"a"}');
  });

  it('accepts an empty batch', () => {
    expect(parseBatch('multipart/mixed; boundary=b', '--b--\n')).toEqual([]);
  });

  it.each([
    ['application/json', PNPJS_BODY, 'multipart/mixed with a boundary'],
    ['multipart/mixed; boundary=batch_1', PNPJS_BODY.replace('--batch_1--', ''), 'not terminated'],
    ['multipart/mixed; boundary=batch_1', `junk\n${PNPJS_BODY}`, 'must start with the boundary'],
    ['multipart/mixed; boundary=batch_1', PNPJS_BODY.replace('GET http', 'FETCH'), 'request line'],
    [
      'multipart/mixed; boundary=b',
      '--b\nContent-Type: text/plain\n\nhello\n--b--\n',
      'application/http or multipart/mixed',
    ],
  ])('refuses a broken batch body (%p)', (contentType, body, fragment) => {
    expect(() => parseBatch(contentType, body)).toThrow(BadRequestError);
    expect(() => parseBatch(contentType, body)).toThrow(fragment);
  });
});
