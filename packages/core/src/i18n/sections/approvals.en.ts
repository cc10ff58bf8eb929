import type { approvalsSv } from './approvals.sv.js';

/** English texts of approvals; the type makes sure every Swedish key has an English text. */
export const approvalsEn: Record<keyof typeof approvalsSv, string> = {
  'approvals.list.Conversations': 'Bot conversations',
  'approvals.list.ApprovalCards': 'Sent approval cards',
  'approvals.list.Delegations': 'Approver deputies',
  'approvals.list.ApproverAssignments': 'Approvers per initiative',

  'approvals.refused.notApprover':
    'You are not the approver of this initiative nor a named deputy. Nothing was changed.',
  'approvals.refused.ownWork':
    'You cannot decide on a follow-up that you wrote or submitted yourself. Someone else must approve it. Nothing was changed.',
  'approvals.refused.notMember':
    'Only staff who may edit the plan can ask for an approval. Nothing was sent.',
  'approvals.refused.notAnApprover':
    'Only someone who approves follow-ups for an initiative can name a deputy. Nothing was saved.',
  'approvals.refused.delegationOverlap':
    'You already have a deputy on some of those days. End that one first or choose other dates. Nothing was saved.',
  'approvals.refused.notYourDelegation':
    'Only the person who named the deputy can end it. Nothing was changed.',
  'approvals.refused.notAdministratorForOthers':
    'Only a plan administrator can name or end deputies for someone else. Nothing was changed.',
  'approvals.refused.approverApprovesNothing':
    'The person chosen approves no follow-ups and so cannot be given a deputy. Nothing was saved.',
  'approvals.refused.approverAsOwnDeputy': 'An approver cannot be their own deputy. Nothing was saved.',
  'approvals.refused.approverDelegationOverlap':
    'The approver already has a deputy on some of those days. End that one first or choose other dates. Nothing was saved.',
  'approvals.refused.notTheApproversDelegation':
    'The deputyship is not among the chosen approver’s deputies. Nothing was changed.',
  'approvals.reminders.notAdministrator':
    'Only a plan administrator can change the plan’s reminders. Nothing was changed.',
  'approvals.reminders.bothOrNeither':
    'Give both numbers of days, or leave both empty to use the app’s default.',
  'approvals.reminders.escalateAfterReminder':
    'The days before the card goes to the deputies must be more than the days before the reminder.',
  'approvals.reminders.stale':
    'Someone else changed the plan since you read it. Nothing was saved; load the days again and retry.',
  'approvals.refused.selfDelegation': 'You cannot name yourself as your deputy. Nothing was saved.',
  'approvals.refused.tampered': 'The card’s data was altered and cannot be used. Nothing was changed.',
  'approvals.refused.outdated':
    'The follow-up has changed since this card was sent. The card has been updated; please review again.',
  'approvals.refused.notSubmitted': 'The follow-up is not waiting for approval. Nothing was changed.',
  'approvals.refused.commentRequired': 'Write a comment when you send a follow-up back.',
  'approvals.refused.unknownUser': 'We could not match your account to the plan site. Nothing was changed.',
  'approvals.refused.alreadyDecided': 'The follow-up was already decided by {name}: {decision}.',
  'approvals.refused.superseded':
    'The follow-up changed while the decision was being recorded. The decision does not apply; review the new version.',

  'approvals.card.title': 'Follow-up to approve',
  'approvals.card.titleDecided': 'Decided follow-up',
  'approvals.card.plan': 'Plan',
  'approvals.card.area': 'Focus area',
  'approvals.card.initiative': 'Initiative',
  'approvals.card.caseNumber': 'Case number',
  'approvals.card.period': 'Period',
  'approvals.card.status': 'Status',
  'approvals.card.progress': 'Progress',
  'approvals.card.state': 'Approval',
  'approvals.card.submittedBy': 'Submitted by',
  'approvals.card.summary': 'Summary',
  'approvals.card.risks': 'Risks',
  'approvals.card.nextSteps': 'Next steps',
  'approvals.card.changes': 'Changed since the last approved follow-up',
  'approvals.card.noPrevious': 'No earlier approved follow-up.',
  'approvals.card.noChanges': 'No changes in status, progress, risks or summary.',
  'approvals.card.change': '{field}: {from} → {to}',
  'approvals.card.summaryChanged': 'The summary has changed (see above).',
  'approvals.card.readiness': 'Decision readiness',
  'approvals.card.readinessValue': '{score} of 100 (how complete the initiative’s information is)',
  'approvals.card.approve': 'Approve',
  'approvals.card.sendBack': 'Send back',
  'approvals.card.comment': 'Comment (required to send back)',
  'approvals.card.commentPlaceholder': 'What needs to be completed?',
  'approvals.card.waiting': 'Waiting for a decision by {name}.',
  'approvals.card.onBehalfOf': 'You get this card as the deputy of {name}.',
  'approvals.card.shortened': 'Long texts are shortened on the card. Read the whole follow-up in the tab.',
  'approvals.card.open': 'Open in the tab',
  'approvals.card.decided': '{decision} by {name} {at}.',
  'approvals.card.decisionComment': 'Comment: {comment}',
  'approvals.card.recorded':
    'The decision is recorded. The follow-up is updated and this card replaced for everyone in a moment.',
  'approvals.card.empty': '–',
  'approvals.card.reminder': 'Reminder: this follow-up has waited for a decision since {date}.',
  'approvals.card.escalation':
    'You receive this as deputy: the follow-up has waited for a decision by {name} since {date}.',
  'approvals.card.channelSummary': '{initiative}: the follow-up for {period} was submitted for approval.',
  'approvals.decision.approved': 'Approved',
  'approvals.decision.sentBack': 'Sent back',
  'approvals.notify.submitter': 'Your follow-up of {initiative} ({period}) was {decision} by {name}.',
  'approvals.notify.submitterComment': 'Comment: {comment}',
  'approvals.notify.ownerDeadline': 'Reminder: the follow-up of {initiative} for {period} is due by {date}.',
  'approvals.welcome':
    'Hello! You will receive follow-ups to approve from the development plan here. You can also decide in the tab.',

  'approvals.inbox.title': 'Card inbox (local development)',
  'approvals.inbox.intro':
    'The bot’s cards as Teams shows them. Choose who you are; the card is fetched for that person (refresh) and your clicks are sent as Teams sends them.',
  'approvals.inbox.user': 'You are',
  'approvals.inbox.empty': 'No cards for this person yet.',
  'approvals.inbox.loading': 'Loading the cards …',
  'approvals.inbox.refresh': 'Reload',
  'approvals.inbox.sentAt': 'Sent {at}',
  'approvals.inbox.failed': 'Something went wrong: {message}',
  'approvals.api.signInRequired': 'Sign-in required.',
  'approvals.api.bodyTooLarge': 'The request is too large (at most {max} kB).',
  'approvals.api.invalidJson': 'Invalid JSON: {message}',
  'approvals.inbox.working': 'Sending …',
};
