/** Swedish texts of approvals: cards, the inbox, reminders (keys prefixed `approvals.`). */
export const approvalsSv = {
  'approvals.list.Conversations': 'Bottsamtal',
  'approvals.list.ApprovalCards': 'Skickade godkännandekort',
  'approvals.list.Delegations': 'Ersättare för godkännare',
  'approvals.list.ApproverAssignments': 'Godkännare per insats',

  'approvals.refused.notApprover':
    'Du är inte godkännare för den här insatsen och inte heller utsedd ersättare. Inget har ändrats.',
  'approvals.refused.ownWork':
    'Du kan inte besluta om en uppföljning som du själv har skrivit eller skickat in. Någon annan måste godkänna den. Inget har ändrats.',
  'approvals.refused.notMember':
    'Bara medarbetare som får redigera planen kan be om godkännande. Inget har skickats.',
  'approvals.refused.notAnApprover':
    'Bara den som godkänner uppföljningar för någon insats kan utse en ersättare. Inget har sparats.',
  'approvals.refused.selfDelegation': 'Du kan inte utse dig själv till din ersättare. Inget har sparats.',
  'approvals.refused.delegationOverlap':
    'Du har redan en ersättare under några av de dagarna. Avsluta den först eller välj andra datum. Inget har sparats.',
  'approvals.refused.notYourDelegation':
    'Bara den som utsåg ersättaren kan avsluta uppdraget. Inget har ändrats.',
  'approvals.refused.notAdministratorForOthers':
    'Bara en planadministratör kan utse eller avsluta ersättare för någon annan. Inget har ändrats.',
  'approvals.refused.approverApprovesNothing':
    'Den valda personen godkänner inga uppföljningar och kan därför inte få en ersättare. Inget har sparats.',
  'approvals.refused.approverAsOwnDeputy':
    'En godkännare kan inte vara sin egen ersättare. Inget har sparats.',
  'approvals.refused.approverDelegationOverlap':
    'Godkännaren har redan en ersättare under några av de dagarna. Avsluta den först eller välj andra datum. Inget har sparats.',
  'approvals.refused.notTheApproversDelegation':
    'Uppdraget finns inte bland den valda godkännarens ersättare. Inget har ändrats.',
  'approvals.reminders.notAdministrator':
    'Bara en planadministratör kan ändra planens påminnelser. Inget har ändrats.',
  'approvals.reminders.bothOrNeither':
    'Ange båda antalen dagar, eller lämna båda tomma för att använda appens standard.',
  'approvals.reminders.escalateAfterReminder':
    'Dagarna tills kortet går till ersättarna måste vara fler än dagarna till påminnelsen.',
  'approvals.reminders.stale':
    'Någon annan har ändrat planen sedan du läste den. Inget har sparats; läs in dagarna igen och försök på nytt.',
  'approvals.refused.tampered': 'Kortets uppgifter har ändrats och kan inte användas. Inget har ändrats.',
  'approvals.refused.outdated':
    'Uppföljningen har ändrats sedan kortet skickades. Kortet har uppdaterats; granska igen.',
  'approvals.refused.notSubmitted': 'Uppföljningen väntar inte på godkännande. Inget har ändrats.',
  'approvals.refused.commentRequired': 'Skriv en kommentar när du skickar tillbaka en uppföljning.',
  'approvals.refused.unknownUser':
    'Vi kunde inte koppla ditt konto till planens webbplats. Inget har ändrats.',
  'approvals.refused.alreadyDecided': 'Uppföljningen är redan beslutad av {name}: {decision}.',
  'approvals.refused.superseded':
    'Uppföljningen ändrades medan beslutet registrerades. Beslutet gäller inte; granska den nya versionen.',

  'approvals.card.title': 'Uppföljning att godkänna',
  'approvals.card.titleDecided': 'Beslutad uppföljning',
  'approvals.card.plan': 'Plan',
  'approvals.card.area': 'Fokusområde',
  'approvals.card.initiative': 'Insats',
  'approvals.card.caseNumber': 'Diarienummer',
  'approvals.card.period': 'Period',
  'approvals.card.status': 'Status',
  'approvals.card.progress': 'Genomfört',
  'approvals.card.state': 'Godkännande',
  'approvals.card.submittedBy': 'Inskickad av',
  'approvals.card.summary': 'Sammanfattning',
  'approvals.card.risks': 'Risker',
  'approvals.card.nextSteps': 'Nästa steg',
  'approvals.card.changes': 'Ändrat sedan senast godkända uppföljning',
  'approvals.card.noPrevious': 'Ingen tidigare godkänd uppföljning.',
  'approvals.card.noChanges': 'Inga ändringar i status, genomförande, risker eller sammanfattning.',
  'approvals.card.change': '{field}: {from} → {to}',
  'approvals.card.summaryChanged': 'Sammanfattningen är ändrad (se ovan).',
  'approvals.card.readiness': 'Beslutsberedskap',
  'approvals.card.readinessValue': '{score} av 100 (hur komplett insatsens underlag är)',
  'approvals.card.approve': 'Godkänn',
  'approvals.card.sendBack': 'Skicka tillbaka',
  'approvals.card.comment': 'Kommentar (krävs för att skicka tillbaka)',
  'approvals.card.commentPlaceholder': 'Vad behöver kompletteras?',
  'approvals.card.waiting': 'Väntar på beslut av {name}.',
  'approvals.card.onBehalfOf': 'Du får kortet som ersättare för {name}.',
  'approvals.card.shortened': 'Långa texter är förkortade på kortet. Läs hela uppföljningen i fliken.',
  'approvals.card.open': 'Öppna i fliken',
  'approvals.card.decided': '{decision} av {name} {at}.',
  'approvals.card.decisionComment': 'Kommentar: {comment}',
  'approvals.card.recorded':
    'Beslutet är registrerat. Uppföljningen uppdateras och kortet ersätts för alla om en stund.',
  'approvals.card.empty': '–',
  'approvals.card.reminder': 'Påminnelse: uppföljningen har väntat på beslut sedan {date}.',
  'approvals.card.escalation':
    'Du får det här som ersättare: uppföljningen har väntat på beslut av {name} sedan {date}.',
  'approvals.card.channelSummary': '{initiative}: uppföljning för {period} är inskickad för godkännande.',
  'approvals.decision.approved': 'Godkänd',
  'approvals.decision.sentBack': 'Återremitterad',
  'approvals.notify.submitter': 'Din uppföljning av {initiative} ({period}) är {decision} av {name}.',
  'approvals.notify.submitterComment': 'Kommentar: {comment}',
  'approvals.notify.ownerDeadline':
    'Påminnelse: uppföljningen av {initiative} för {period} ska vara inskickad senast {date}.',
  'approvals.welcome':
    'Hej! Här får du uppföljningar att godkänna från Utvecklingsplanen. Du kan också besluta i fliken.',

  'approvals.inbox.title': 'Kortinkorg (lokal utveckling)',
  'approvals.inbox.intro':
    'Här visas botens kort som i Teams. Välj vem du är; kortet hämtas för den personen (refresh) och dina knapptryck skickas som Teams skickar dem.',
  'approvals.inbox.user': 'Du är',
  'approvals.inbox.empty': 'Inga kort till den här personen ännu.',
  'approvals.inbox.loading': 'Hämtar korten …',
  'approvals.inbox.refresh': 'Hämta igen',
  'approvals.inbox.sentAt': 'Skickat {at}',
  'approvals.inbox.failed': 'Något gick fel: {message}',
  'approvals.api.signInRequired': 'Du behöver logga in.',
  'approvals.api.bodyTooLarge': 'Förfrågan är för stor (högst {max} kB).',
  'approvals.api.invalidJson': 'Ogiltig JSON: {message}',
  'approvals.inbox.working': 'Skickar …',
} as const;
