/**
 * Swedish names of the demo people's roles in the local sign-in (`npm start`): the tab's sign-in picker and
 * the start page name each person's role the same way.
 */
export const peopleSv = {
  'people.role.admin': 'planadministratör',
  'people.role.staff': 'skriver uppföljningar',
  'people.role.staff2': 'skriver uppföljningar',
  'people.role.approver': 'godkänner uppföljningar',
  'people.role.deputy': 'ersättare för {approver}',
  'people.role.reader': 'läser intranätet',
} as const;
