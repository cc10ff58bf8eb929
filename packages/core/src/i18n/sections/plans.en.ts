import type { plansSv } from './plans.sv.js';

/** English texts of the yearly cycle; the type makes sure every Swedish key has an English text. */
export const plansEn: Record<keyof typeof plansSv, string> = {
  'plans.step.committee': 'the service committee',
  'plans.step.ksau': 'KSAU',
  'plans.step.ks': 'the executive board',
  'plans.stepVerb.committee': 'The service committee adopts the plan',
  'plans.stepVerb.ksau': 'KSAU prepares the plan',
  'plans.stepVerb.ks': 'The executive board approves the plan',

  'plans.refused.notAdministrator':
    'Only plan administrators (the site owners) can create plan years and record decisions. Nothing was changed.',
  'plans.refused.outOfOrder':
    'The decision cannot be recorded now: the plan waits for {expected}, not {step}. Decisions are recorded in order: the service committee, KSAU, the executive board. Nothing was saved.',
  'plans.refused.chainDone':
    'The {year} plan is already approved by the executive board; the decision chain is complete. Nothing was saved.',
  'plans.refused.stepRecorded':
    'That step is already recorded: {body} {date} {paragraph}. Nothing was saved.',
  'plans.refused.adoptedLocked':
    'The {year} plan is approved by the executive board and is no longer changed here. Nothing was saved.',
  'plans.refused.closeNotApproved':
    'The {year} plan is not approved by the executive board and cannot be closed. Nothing was changed.',
  'plans.refused.closeTooEarly':
    'The {year} plan year has not ended. The plan is closed after the turn of the year. Nothing was changed.',
  'plans.close.heading': 'Close the plan year',
  'plans.close.text':
    'The {year} plan is approved and its year has ended. Close the plan: it stays readable as history.',
  'plans.close.button': 'Close the {year} plan',
  'plans.close.confirm': 'Close the {year} plan? It cannot be reopened here.',
  'plans.close.done': 'The {year} plan is closed.',
  'plans.refused.futureDate': 'The date cannot be after today ({today}).',
  'plans.refused.beforePrevious': 'The date cannot be before the previous decision ({date}).',
  'plans.refused.unknownInitiative':
    'Some chosen initiatives are not in the plan you start from (id {ids}). Reload and choose again. Nothing was saved.',
  'plans.refused.yearTaken':
    'There is already a plan for {year} ({title}). Each year has one plan; open it instead. Nothing was saved.',
  'plans.refused.fromMissing': 'The plan you want to start from no longer exists. Reload and try again.',
  'plans.refused.fromSameYear': 'A plan can only start from an earlier year’s plan.',

  'plans.page.title': 'Plan years and decisions',
  'plans.page.intro':
    'Here plan administrators create next year’s plan and record the decision chain: the service committee adopts, KSAU prepares and the executive board approves. Intranet readers see a plan only once the executive board has approved it.',
  'plans.page.readOnly':
    'Only plan administrators (the site owners) can create plan years and record decisions. You can read the decision chain.',
  'plans.years.heading': 'Plans',
  'plans.years.open': 'Open the {year} plan',
  'plans.years.current': 'Shown now',
  'plans.draftBadge': 'Draft',
  'plans.switcher.label': 'Plan year',
  'plans.switcher.option': '{year}',
  'plans.switcher.optionStatus': '{year} ({status})',

  'plans.new.heading': 'New plan year',
  'plans.new.year': 'Year',
  'plans.new.title': 'Name of the plan',
  'plans.new.titleDefault': 'Development plan for shared IT and digitalisation {year}',
  'plans.new.caseNumber': 'Case number',
  'plans.new.from': 'Start from',
  'plans.new.fromNothing': 'An empty plan',
  'plans.new.fromPlan': 'The {year} plan',
  'plans.new.carry': 'Initiatives that continue',
  'plans.new.carryHelp':
    'Chosen initiatives are carried forward with their activities not yet done and their benefit-realisation plan. The link to last year’s initiative is kept, so the history reads from both years. Every focus area comes along.',
  'plans.new.carryAll': 'Choose all',
  'plans.new.carryNone': 'Choose none',
  'plans.new.carryCount': '{count, plural, one {# initiative chosen} other {# initiatives chosen}}',
  'plans.new.submit': 'Create draft',
  'plans.new.busy': 'Creating the {year} plan …',
  'plans.new.created':
    'The draft {year} plan is created: {areas, plural, one {# focus area} other {# focus areas}}, {initiatives, plural, one {# initiative} other {# initiatives}}.',

  'plans.earlier.heading': 'Earlier years',
  'plans.earlier.loading': 'Loading earlier years …',
  'plans.earlier.none': 'Last year’s initiative no longer exists.',
  'plans.earlier.year': 'The {year} plan',
  'plans.earlier.noFollowUps': 'No follow-ups that year.',
  'plans.earlier.followUp': '{period}: {status}, {progress} % done. {summary}',
  'plans.earlier.effect': 'Effect: {title} (not measured)',
  'plans.earlier.effectMeasured':
    'Effect: {title}, latest {value} ({date}), {count, plural, one {# measurement} other {# measurements}}',
  'plans.content.heading': 'The plan’s content',
  'plans.content.intro':
    'Add, order and retire focus areas and initiatives while the plan is a draft. A retired initiative stays, with its history.',
  'plans.content.locked':
    'The plan is approved by the executive board: its content is no longer changed here.',
  'plans.content.moveUp': 'Move {title} up',
  'plans.content.moveDown': 'Move {title} down',
  'plans.content.retire': 'Retire',
  'plans.content.retireLabel': 'Retire {title}',
  'plans.content.retireTitle': 'Retire the initiative?',
  'plans.content.retireText':
    'The initiative {title} gets the status "Cancelled" and is shown as retired. Its follow-ups, effects and history stay.',
  'plans.content.retired': '{title} is retired.',
  'plans.content.retiredTag': '(retired)',
  'plans.content.removeArea': 'Remove the focus area',
  'plans.content.removeAreaLabel': 'Remove the focus area {title}',
  'plans.content.removeAreaTitle': 'Remove the focus area?',
  'plans.content.removeAreaText': 'The focus area {title} has no initiatives and is removed from the plan.',
  'plans.content.areaRemoved': 'The focus area {title} is removed.',
  'plans.content.areaNotEmpty':
    'The focus area has initiatives. Retire or move them first; an area with history is not removed.',
  'plans.content.noInitiatives': 'No initiatives yet.',
  'plans.content.newInitiative': 'New initiative in {area}',
  'plans.content.initiativeTitle': 'Name of the initiative',
  'plans.content.addInitiative': 'Add the initiative',
  'plans.content.initiativeAdded': 'The initiative {title} is added.',
  'plans.content.editArea': 'Edit',
  'plans.content.editAreaLabel': 'Edit the focus area {title}',
  'plans.content.saveArea': 'Save the focus area',
  'plans.content.cancel': 'Cancel',
  'plans.content.areaSaved': 'The focus area {title} is saved.',
  'plans.content.moveAreaUp': 'Move the focus area {title} up',
  'plans.content.moveAreaDown': 'Move the focus area {title} down',
  'plans.content.newArea': 'New focus area',
  'plans.content.areaTitle': 'Name of the focus area',
  'plans.content.longTermShift': 'Long-term shift',
  'plans.content.addArea': 'Add the focus area',
  'plans.content.areaAdded': 'The focus area {title} is added.',
  'plans.content.moved': 'The order is saved.',
  'plans.details.heading': 'The plan’s details',
  'plans.details.summary': 'Summary',
  'plans.details.principles': 'Principles (one per line)',
  'plans.details.budget': 'Requested budget (MSEK)',
  'plans.details.save': 'Save the details',
  'plans.details.saved': 'The plan’s details are saved.',
  'plans.chain.heading': 'Decision chain for {year}',
  'plans.chain.waiting': 'Waiting',
  'plans.chain.next': 'Next step: {step}',
  'plans.chain.complete': 'The decision chain is complete. The plan is approved by the executive board.',
  'plans.chain.none': 'No decisions yet.',
  'plans.decision.heading': 'Record decision: {step}',
  'plans.decision.body': 'Deciding body',
  'plans.decision.date': 'Date of the meeting',
  'plans.decision.paragraph': 'Paragraph',
  'plans.decision.paragraphHint': 'For example § 64',
  'plans.decision.outcome': 'Decision',
  'plans.decision.notes': 'Notes',
  'plans.decision.submit': 'Record the decision',
  'plans.decision.confirm':
    'Record that {step} decided on {date} {paragraph}? The plan’s status becomes "{status}". A recorded decision cannot be changed here.',
  'plans.decision.recorded': 'The decision is recorded. The plan’s status is now "{status}".',
};
