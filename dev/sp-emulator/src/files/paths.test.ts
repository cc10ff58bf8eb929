import { createList } from '../lists/list-service.js';
import { Store } from '../storage/store.js';
import { contentTypeOfFile, extensionOf } from './mime.js';
import { checkName, checkPathLength, locate, serverRelative, splitPath } from './paths.js';

describe('file paths', () => {
  let store: Store;

  beforeAll(() => {
    store = new Store(':memory:', 'Site');
    createList(store, { Title: 'Rapporter', BaseTemplate: 101 });
    createList(store, { Title: 'Plans', BaseTemplate: 100 });
  });
  afterAll(() => store.close());

  it('finds a library and the path inside it from a server-relative or absolute URL, any casing', () => {
    expect(locate(store, '/sites/s', '/sites/s/Rapporter/2026/a.docx')).toMatchObject({
      list: { title: 'Rapporter' },
      path: '2026/a.docx',
    });
    expect(locate(store, '/sites/s', 'https://x.example/sites/S/rapporter/')).toMatchObject({ path: '' });
    expect(locate(store, '/sites/s', 'http://h/sites/s/Rapporter/r%C3%A4kning.docx')?.path).toBe(
      'räkning.docx',
    );
    expect(locate(store, '/sites/s', 'Rapporter/a.docx')).toMatchObject({ path: 'a.docx' });
  });

  it('finds a custom list only at its root under Lists/, and nothing outside the site', () => {
    expect(locate(store, '/sites/s', '/sites/s/Lists/Plans')).toMatchObject({
      list: { title: 'Plans' },
      path: '',
    });
    expect(locate(store, '/sites/s', '/sites/s/Lists/Plans/x.txt')).toBeUndefined();
    expect(locate(store, '/sites/s', '/sites/s/Plans')).toBeUndefined();
    expect(locate(store, '/sites/s', '/sites/other/Rapporter/a.docx')).toBeUndefined();
    expect(locate(store, '/sites/s', '/sites/s/Rapporter/../Plans')).toBeUndefined();
  });

  it('splits a path into folder and name and normalises URLs', () => {
    expect(splitPath('a.docx')).toEqual({ dir: '', name: 'a.docx' });
    expect(splitPath('2026/T1/a.docx')).toEqual({ dir: '2026/T1', name: 'a.docx' });
    expect(serverRelative('sites/s/Lib/')).toBe('/sites/s/Lib');
  });

  it('accepts ordinary Swedish names and refuses the names SharePoint refuses', () => {
    for (const ok of ['Utvecklingsplan 2026 T1.docx', 'räkenskaper (2).xlsx', "O'Brien.json", '.hidden'])
      expect(() => checkName(ok)).not.toThrow();
    for (const bad of [
      '',
      '  ',
      'a/b',
      'a\\b',
      'a:b',
      'a*b',
      'a?b',
      'a"b',
      'a<b',
      'a>b',
      'a|b',
      ' a',
      'a ',
      'a.',
      '~$lock.docx',
      'x_vti_y',
      'CON',
      'com1',
      'tab\there',
    ]) {
      expect(() => checkName(bad)).toThrow(expect.objectContaining({ status: 400 }));
    }
    expect(() => checkPathLength(`/${'a'.repeat(399)}`)).not.toThrow();
    expect(() => checkPathLength(`/${'a'.repeat(400)}`)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('answers a content type by extension, octet-stream otherwise', () => {
    expect(extensionOf('Rapport.DOCX')).toBe('docx');
    expect(extensionOf('noext')).toBe('');
    expect(contentTypeOfFile('a.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(contentTypeOfFile('a.json')).toBe('application/json');
    expect(contentTypeOfFile('a.bin')).toBe('application/octet-stream');
  });
});
