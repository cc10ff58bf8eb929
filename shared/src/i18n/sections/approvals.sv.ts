/** Swedish texts of approvals: cards, the inbox, reminders (keys prefixed `approvals.`). */
export const approvalsSv = {} as const;
