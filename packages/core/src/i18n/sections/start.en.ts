import type { startSv } from './start.sv.js';

/** English texts of the local start page (see `startSv`). */
export const startEn: Record<keyof typeof startSv, string> = {
  'start.title': 'Getting started with the development plan',
  'start.lead':
    'Here you run Malmö stad’s development plan for shared IT and digitalisation on your own computer: the Teams tab, the approval cards in Teams and the web part on the intranet, against a local SharePoint holding the 2026 plan. In five minutes you try the whole chain: a follow-up is written, approved, shown on the intranet and included in the report to the committee.',
  'start.language': 'Language',
  'start.exampleData.on':
    'This site holds example data. Owners, approvers, timelines, effects with measurements and a year of follow-ups are invented to show the product: T1 is approved and published, T2 is submitted and one follow-up was sent back with a comment. The plan’s own texts – focus areas, initiatives, activities and goals – are the city’s, from KS 2025-10-15 § 301. Everything that shows example data is marked “Example data”.',
  'start.exampleData.remove':
    'To remove the example data: stop with Ctrl-C, delete the folder .data/ and start again with {command}.',
  'start.exampleData.off':
    'This site holds no example data. The initiatives have no owners or approvers yet, so the steps below work only once a plan administrator has named them.',
  'start.exampleData.add':
    'To try it with example data: stop, delete the folder .data/ and start with {command}.',
  'start.roles.heading': 'Who does what',
  'start.roles.intro':
    'Locally you sign in as one of five demo people. Each link on this page signs in as that person.',
  'start.role.admin.does':
    'Owner of the site. Names approvers, closes periods and produces the report to the committee.',
  'start.role.staff.does': 'Owns initiatives and writes their follow-ups in the Teams tab.',
  'start.role.approver.does':
    'A manager. Approves follow-ups or sends them back with a comment, right from the cards in Teams.',
  'start.role.deputy.does':
    'Gets the same approval cards as {approver} and may decide them for as long as the delegation lasts.',
  'start.role.reader.does':
    'Reads the adopted plan and the approved follow-ups on the intranet, never drafts or follow-ups awaiting a decision.',
  'start.role.signIn': 'Sign in as {name}',
  'start.steps.heading': 'Try the whole chain in five steps',
  'start.steps.intro': 'Take the steps in order. Each step signs in as the right person.',
  'start.step.write.heading': 'Write a follow-up as {name}',
  'start.step.write.text':
    'The tab opens My work. Choose an initiative under My initiatives and then Write a follow-up. The form suggests the period. Fill in the status, how far the work has come and a summary, and choose Submit for approval.',
  'start.step.write.link': 'Open the Teams tab as {name}',
  'start.step.approve.heading': 'Approve it as {name} in the card inbox',
  'start.step.approve.text':
    'The card inbox plays Teams for one person at a time. The card with the follow-up is at the top: write a comment if you like and choose Approve. {deputy} is the deputy and gets the same card.',
  'start.step.approve.link': 'Open the card inbox as {name}',
  'start.step.approve.deputyLink': 'Open the card inbox as {name} (deputy)',
  'start.step.read.heading': 'See it on the intranet as {name}',
  'start.step.read.text':
    'The web part on the intranet shows the plan and the approved follow-ups. A reader sees only what is approved and published.',
  'start.step.read.link': 'Open the intranet web part as {name}',
  'start.step.read.elementLink': 'The same view as a web component on another site',
  'start.step.close.heading': 'Close the period as {name}',
  'start.step.close.text':
    'Under Periods and reports a plan administrator closes a period. Its follow-ups are frozen and the report to the committee is produced. A period can be closed once it has at least one approved follow-up.',
  'start.step.close.example': 'In the example data every T1 follow-up is approved.',
  'start.step.close.link': 'Open Periods and reports as {name}',
  'start.step.report.heading': 'Open the report as {name}',
  'start.step.report.text':
    'The report to the committee (Word) and the export (Excel) are stored in the Reports library and listed under Periods and reports. Everyone on the site can download them, a reader such as {name} too.',
  'start.step.report.link': 'Open the reports as {name}',
  'start.more.heading': 'More ways in',
  'start.more.tab': 'The Teams tab, where you choose who you are',
  'start.more.webpart': 'The intranet web part, previewed as a reader',
  'start.more.intranet': 'A demo intranet page at another address, with the reader view as a web component',
  'start.more.inbox': 'The card inbox, where you choose the person',
  'start.more.site': 'The local SharePoint site',
  'start.more.users': 'The demo people (JSON)',
  'start.lists.heading': 'For developers: the lists and their item counts',
  'start.lists.list': 'List',
  'start.lists.items': 'Items',
  'start.footer':
    'Local development environment: the SharePoint emulator and the app server run on this computer, and no data leaves it.',
};
