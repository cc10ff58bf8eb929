import { serializeBatch } from './serializer.js';

describe('the $batch serializer', () => {
  const text = serializeBatch('batchresponse_x', [
    { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"value":[]}' },
    { status: 204, headers: { ETag: '"2"' }, body: '' },
    { status: 404, headers: {}, body: '{"odata.error":{}}' },
  ]);
  const lines = text.split('\r\n');

  it('writes one flat part per response, in order', () => {
    expect(lines.filter((l) => l === '--batchresponse_x')).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('HTTP/1.1'))).toEqual([
      'HTTP/1.1 200 OK',
      'HTTP/1.1 204 No Content',
      'HTTP/1.1 404 Not Found',
    ]);
  });

  it('ends with the closing delimiter followed by a line break', () => {
    expect(text.endsWith('--batchresponse_x--\r\n')).toBe(true);
  });

  it('writes the part headers and a body line after a blank line', () => {
    const start = lines.indexOf('HTTP/1.1 200 OK');
    expect(lines.slice(start, start + 4)).toEqual([
      'HTTP/1.1 200 OK',
      'CONTENT-TYPE: application/json',
      '',
      '{"value":[]}',
    ]);
  });

  it('writes no body line for an empty body', () => {
    const start = lines.indexOf('HTTP/1.1 204 No Content');
    expect(lines.slice(start, start + 4)).toEqual([
      'HTTP/1.1 204 No Content',
      'ETag: "2"',
      '',
      '--batchresponse_x',
    ]);
  });

  it('keeps every body on one line', () => {
    const one = serializeBatch('b', [{ status: 200, headers: {}, body: '{\n"a":1\n}' }]);
    expect(one.split('\r\n')).toContain('{ "a":1 }');
  });
});
