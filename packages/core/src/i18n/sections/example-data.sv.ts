/** Swedish texts of the example-data mark every view shows when the plan's site holds example data. */
export const exampleDataSv = {
  'exampleData.badge': 'Exempeldata',
  'exampleData.notice':
    'Ansvariga, godkännare, tidslinjer, effekter och uppföljningar i den här planen är påhittade för att visa hur produkten fungerar. Planens egna texter är stadens.',
} as const;
