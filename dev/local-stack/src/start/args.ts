/** What `npm start` was asked for on its command line (after `--`). */
export interface StartArguments {
  /** Write the example data of the 2026 plan (default true; `--no-example-data` turns it off). */
  exampleData: boolean;
}

/** How `npm start` is called, in both languages. */
export const START_USAGE =
  'npm start [-- --no-example-data]\n' +
  '  --no-example-data  utan exempeldata (ansvariga, godkännare, effekter, uppföljningar) / without example data\n' +
  '  --example-data     med exempeldata (standard) / with example data (the default)';

/** `npm start` was given an option it does not know. */
export class StartUsageError extends Error {
  override readonly name = 'StartUsageError';
  constructor(readonly option: string) {
    super(`Okänt val / unknown option: ${option}\n${START_USAGE}`);
  }
}

/** Reads `npm start`'s options; example data is on unless `--no-example-data` is given (the last one wins). */
export function parseStartArguments(argv: readonly string[]): StartArguments {
  let exampleData = true;
  for (const arg of argv) {
    if (arg === '--no-example-data') exampleData = false;
    else if (arg === '--example-data') exampleData = true;
    else throw new StartUsageError(arg);
  }
  return { exampleData };
}
