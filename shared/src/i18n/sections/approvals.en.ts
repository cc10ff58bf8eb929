import type { approvalsSv } from './approvals.sv.js';

/** English texts of approvals; the type makes sure every Swedish key has an English text. */
export const approvalsEn: Record<keyof typeof approvalsSv, string> = {};
