import type { legalSv } from './legal.sv.js';

/** English texts of the app's privacy and terms pages. */
export const legalEn: Record<keyof typeof legalSv, string> = {
  'legal.otherLanguage': 'På svenska',
  'legal.privacyLink': 'Privacy and personal data',
  'legal.termsLink': 'Terms of use',

  'legal.privacy.title': 'Privacy: what the Development plan stores and who can read it',
  'legal.privacy.intro':
    'The Development plan is Malmö stad’s app for its development plan for shared IT and digitalisation, in Teams and on the intranet. This page describes what the app stores, where it is kept and who can read it.',
  'legal.privacy.where.heading': 'Where the data is kept',
  'legal.privacy.where.body':
    'Everything the app stores is kept in lists and in the document library Reports (“Rapporter”) on the plan’s SharePoint site in the city’s own Microsoft 365 tenant. The app server has no database of its own: it reads and writes the plan site with the app’s own identity and keeps only names and user ids in memory while it runs. The app server writes operational logs (errors and which address was called) where the city’s IT department runs it.',
  'legal.privacy.what.heading': 'What is stored',
  'legal.privacy.what.plan':
    'The plan’s content: plans, decisions, focus areas, initiatives with their owner and approver, activities, effects and measurements.',
  'legal.privacy.what.followUps':
    'Follow-ups with who submitted them and when, approval decisions with who decided, when and their comment, and the published (approved) follow-ups.',
  'legal.privacy.what.audit':
    'An audit log of every change and decision: who, when, what and from where (the tab, the card in Teams or the app itself).',
  'legal.privacy.what.bot':
    'For Teams: where the app is installed (the conversation’s id and your Entra object id), which approval cards were sent to whom, who approves which initiative, and which deputies are named and when.',
  'legal.privacy.what.reports':
    'Committee reports, snapshots and Excel exports of closed periods, in the Reports library. In the Reader views library, copies the app makes of the three newest adopted plans’ intranet views (what every reader may see anyway: the plan, its areas and initiatives with owners, effects and approved follow-ups), each whole and as its first screen, sealed by the app, so that readers get the view in one request. They are made again after each change and used only while the lists they were made from are unchanged. In the Working views library, which only members and owners can read, copies of the first screen of the plan overview in Teams for the three newest plans and the plan the tab opens on (each focus area’s first initiatives with owners, effects and the working follow-ups’ status and progress, and the plan’s counts and filter choices), sealed by the app, so that members get the overview in one request; they are made again and used in the same way.',
  'legal.privacy.what.browser':
    'In your browser (local storage) the intranet view keeps two things that make the next visit faster: which plan the choice led to and where the lists ended, and fingerprints (SHA-256) of the seals already checked. No personal data; clearing the site data in the browser removes them.',
  'legal.privacy.what.people':
    'The personal data is therefore the names, e-mail or user names and Entra object ids of staff who work in the plan, and what they write themselves (summaries, comments).',
  'legal.privacy.who.heading': 'Who can read what',
  'legal.privacy.who.members':
    'Staff who are members of the plan site read and edit the plan and the working follow-ups.',
  'legal.privacy.who.readers':
    'Everyone allowed to read the site (intranet readers) sees only plans the executive board has approved, their focus areas, initiatives and effects, approved follow-ups and the reports; never drafts or follow-ups that are not approved.',
  'legal.privacy.who.app':
    'Decisions, published follow-ups, the audit log and the app’s own lists are written only by the app; the site’s owners (plan administrators) can read everything on the site.',
  'legal.privacy.who.chats':
    'Link previews and cards from “Search initiative” are built from what you yourself may see. The card you send is shown to everyone in the chat or channel; there Teams fetches each person’s own view where it can.',
  'legal.privacy.who.copilot':
    'The agent in Microsoft 365 Copilot reads the plan site with the asking person’s own permissions, so it sees no more than that person.',
  'legal.privacy.public.heading': 'Public records and questions',
  'legal.privacy.public.body':
    'The data in the app may be public records under Sweden’s principle of public access and is handled by the city’s rules for records management and disposal. Malmö stad is the data controller. Ask the city’s data protection officer about your personal data, via malmo.se.',

  'legal.terms.title': 'Terms of use of the Development plan',
  'legal.terms.intro':
    'The Development plan is provided by Malmö stad to the city’s staff, to plan, follow up and approve the initiatives of the development plan for shared IT and digitalisation.',
  'legal.terms.use.heading': 'Use',
  'legal.terms.use.body':
    'Use the app in your work for the city. Write follow-ups and comments factually: they are stored with your name and may be public records. Approve only follow-ups you are named to approve; the app checks this itself and records who decided and when.',
  'legal.terms.data.heading': 'The data',
  'legal.terms.data.body':
    'All content is kept on the plan’s SharePoint site in the city’s own Microsoft 365 tenant. How the data is handled is described on the privacy page.',
  'legal.terms.availability.heading': 'Availability and responsibility',
  'legal.terms.availability.body':
    'The app depends on Microsoft 365 and the city’s IT operations and may at times be unavailable. The authoritative document is what the committee and the executive board decided; the app supports the work with the plan.',
  'legal.terms.contact.heading': 'Contact',
  'legal.terms.contact.body':
    'Ask questions about the app to those who manage the development plan at the city’s IT department, through the city’s IT support.',
};
