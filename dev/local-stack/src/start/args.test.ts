import { parseStartArguments, StartUsageError } from './args.js';

describe("npm start's options", () => {
  it('writes example data unless told not to', () => {
    expect(parseStartArguments([])).toEqual({ exampleData: true });
    expect(parseStartArguments(['--no-example-data'])).toEqual({ exampleData: false });
    expect(parseStartArguments(['--no-example-data', '--example-data'])).toEqual({ exampleData: true });
  });

  it('refuses an option it does not know, saying how it is called', () => {
    expect(() => parseStartArguments(['--no-exampledata'])).toThrow(StartUsageError);
    expect(() => parseStartArguments(['--no-exampledata'])).toThrow(/--no-example-data/);
  });
});
