import type { peopleSv } from './people.sv.js';

/** English names of the demo people's roles in the local sign-in (picker and start page alike). */
export const peopleEn: Record<keyof typeof peopleSv, string> = {
  'people.role.admin': 'plan administrator',
  'people.role.staff': 'writes follow-ups',
  'people.role.staff2': 'writes follow-ups',
  'people.role.approver': 'approves follow-ups',
  'people.role.deputy': 'deputy of {approver}',
  'people.role.reader': 'reads the intranet',
};
