import type { exampleDataSv } from './example-data.sv.js';

/** English texts of the example-data mark. */
export const exampleDataEn: Record<keyof typeof exampleDataSv, string> = {
  'exampleData.badge': 'Example data',
  'exampleData.notice':
    'Owners, approvers, timelines, effects and follow-ups in this plan are invented to show how the product works. The plan’s own texts are the city’s.',
};
