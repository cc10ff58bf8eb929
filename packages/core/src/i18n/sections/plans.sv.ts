/** Swedish texts of the yearly cycle: plan years, carrying forward, the decision chain (keys prefixed `plans.`). */
export const plansSv = {
  'plans.step.committee': 'Servicenämnden',
  'plans.step.ksau': 'KSAU',
  'plans.step.ks': 'Kommunstyrelsen',
  'plans.stepVerb.committee': 'Servicenämnden fastställer planen',
  'plans.stepVerb.ksau': 'KSAU bereder planen',
  'plans.stepVerb.ks': 'Kommunstyrelsen godkänner planen',

  'plans.refused.notAdministrator':
    'Bara planadministratörer (webbplatsens ägare) kan skapa planår och registrera beslut. Inget har ändrats.',
  'plans.refused.outOfOrder':
    'Beslutet kan inte registreras nu: planen väntar på steget {expected}, inte {step}. Besluten registreras i ordning: servicenämnden, KSAU, kommunstyrelsen. Inget har sparats.',
  'plans.refused.chainDone':
    'Planen {year} är redan godkänd av kommunstyrelsen; beslutskedjan är klar. Inget har sparats.',
  'plans.refused.stepRecorded':
    'Det steget är redan registrerat: {body} {date} {paragraph}. Inget har sparats.',
  'plans.refused.adoptedLocked':
    'Planen {year} är godkänd av kommunstyrelsen och ändras inte längre här. Inget har sparats.',
  'plans.refused.closeNotApproved':
    'Planen {year} är inte godkänd av kommunstyrelsen och kan inte avslutas. Inget har ändrats.',
  'plans.refused.closeTooEarly':
    'Planåret {year} är inte slut än. Planen avslutas efter årsskiftet. Inget har ändrats.',
  'plans.close.heading': 'Avsluta planåret',
  'plans.close.text':
    'Planen {year} är godkänd och året är slut. Avsluta planen: den finns kvar att läsa som historik.',
  'plans.close.button': 'Avsluta planen {year}',
  'plans.close.confirm': 'Avsluta planen {year}? Den går inte att öppna igen här.',
  'plans.close.done': 'Planen {year} är avslutad.',
  'plans.refused.futureDate': 'Datumet kan inte ligga efter i dag ({today}).',
  'plans.refused.beforePrevious': 'Datumet kan inte ligga före föregående beslut ({date}).',
  'plans.refused.unknownInitiative':
    'Några valda insatser finns inte i planen du utgår från (id {ids}). Ladda om och välj igen. Inget har sparats.',
  'plans.refused.yearTaken':
    'Det finns redan en plan för {year} ({title}). Varje år har en plan; öppna den i stället. Inget har sparats.',
  'plans.refused.fromMissing': 'Planen du vill utgå från finns inte längre. Ladda om och försök igen.',
  'plans.refused.fromSameYear': 'En plan kan bara utgå från ett tidigare års plan.',

  'plans.page.title': 'Planår och beslut',
  'plans.page.intro':
    'Här skapar planadministratörer nästa års plan och registrerar beslutskedjan: servicenämnden fastställer, KSAU bereder och kommunstyrelsen godkänner. Läsare på intranätet ser en plan först när kommunstyrelsen har godkänt den.',
  'plans.page.readOnly':
    'Bara planadministratörer (webbplatsens ägare) kan skapa planår och registrera beslut. Du kan läsa beslutskedjan.',
  'plans.nav': 'Planår',
  'plans.years.heading': 'Planer',
  'plans.years.open': 'Öppna planen {year}',
  'plans.years.current': 'Visas nu',
  'plans.draftBadge': 'Utkast',
  'plans.draftNotice':
    'Det här är ett utkast. Det syns inte för läsare på intranätet förrän kommunstyrelsen har godkänt planen.',
  'plans.missingYear': 'Det finns ingen plan för {year}. Välj ett annat år.',
  'plans.switcher.label': 'Planår',
  'plans.switcher.option': '{year}',
  'plans.switcher.optionStatus': '{year} ({status})',

  'plans.new.heading': 'Nytt planår',
  'plans.new.year': 'År',
  'plans.new.title': 'Planens namn',
  'plans.new.titleDefault': 'Utvecklingsplan för kommungemensam IT och digitalisering {year}',
  'plans.new.caseNumber': 'Diarienummer',
  'plans.new.from': 'Börja från',
  'plans.new.fromNothing': 'En tom plan',
  'plans.new.fromPlan': 'Planen {year}',
  'plans.new.carry': 'Insatser som fortsätter',
  'plans.new.carryHelp':
    'Valda insatser förs över med sina aktiviteter som inte är klara och sin effekthemtagningsplan. Kopplingen till förra årets insats sparas, så historiken syns från båda åren. Alla fokusområden följer med.',
  'plans.new.carryAll': 'Välj alla',
  'plans.new.carryNone': 'Välj ingen',
  'plans.new.carryCount': '{count, plural, one {# insats vald} other {# insatser valda}}',
  'plans.new.submit': 'Skapa utkast',
  'plans.new.busy': 'Skapar planen {year} …',
  'plans.new.created':
    'Utkastet till planen {year} är skapat: {areas, plural, one {# fokusområde} other {# fokusområden}}, {initiatives, plural, one {# insats} other {# insatser}}.',

  'plans.earlier.heading': 'Tidigare år',
  'plans.earlier.loading': 'Hämtar tidigare år …',
  'plans.earlier.none': 'Insatsen från förra året finns inte längre.',
  'plans.earlier.year': 'Planen {year}',
  'plans.earlier.noFollowUps': 'Inga uppföljningar det året.',
  'plans.earlier.followUp': '{period}: {status}, {progress} % genomfört. {summary}',
  'plans.earlier.effect': 'Effekt: {title} (ingen mätning)',
  'plans.earlier.effectMeasured':
    'Effekt: {title}, senast {value} ({date}), {count, plural, one {# mätning} other {# mätningar}}',
  'plans.content.heading': 'Planens innehåll',
  'plans.content.intro':
    'Lägg till, ordna och avveckla fokusområden och insatser medan planen är ett utkast. En avvecklad insats finns kvar med sin historik.',
  'plans.content.locked': 'Planen är godkänd av kommunstyrelsen: innehållet ändras inte längre här.',
  'plans.content.moveUp': 'Flytta upp {title}',
  'plans.content.moveDown': 'Flytta ned {title}',
  'plans.content.retire': 'Avveckla',
  'plans.content.retireLabel': 'Avveckla {title}',
  'plans.content.retireTitle': 'Avveckla insatsen?',
  'plans.content.retireText':
    'Insatsen {title} får status "Avbruten" och visas som avvecklad. Dess uppföljningar, effekter och historik finns kvar.',
  'plans.content.retired': '{title} är avvecklad.',
  'plans.content.retiredTag': '(avvecklad)',
  'plans.content.removeArea': 'Ta bort fokusområdet',
  'plans.content.removeAreaLabel': 'Ta bort fokusområdet {title}',
  'plans.content.removeAreaTitle': 'Ta bort fokusområdet?',
  'plans.content.removeAreaText': 'Fokusområdet {title} har inga insatser och tas bort ur planen.',
  'plans.content.areaRemoved': 'Fokusområdet {title} är borttaget.',
  'plans.content.areaNotEmpty':
    'Fokusområdet har insatser. Avveckla eller flytta dem först; ett område med historik tas inte bort.',
  'plans.content.noInitiatives': 'Inga insatser ännu.',
  'plans.content.newInitiative': 'Ny insats i {area}',
  'plans.content.initiativeTitle': 'Insatsens namn',
  'plans.content.addInitiative': 'Lägg till insatsen',
  'plans.content.initiativeAdded': 'Insatsen {title} är tillagd.',
  'plans.content.newArea': 'Nytt fokusområde',
  'plans.content.areaTitle': 'Fokusområdets namn',
  'plans.content.longTermShift': 'Förflyttningar på sikt',
  'plans.content.addArea': 'Lägg till fokusområdet',
  'plans.content.areaAdded': 'Fokusområdet {title} är tillagt.',
  'plans.content.moved': 'Ordningen är sparad.',
  'plans.details.heading': 'Planens uppgifter',
  'plans.details.summary': 'Sammanfattning',
  'plans.details.principles': 'Principer (en per rad)',
  'plans.details.budget': 'Äskad budget (mnkr)',
  'plans.details.save': 'Spara uppgifterna',
  'plans.details.saved': 'Planens uppgifter är sparade.',
  'plans.chain.heading': 'Beslutskedja för {year}',
  'plans.chain.done': '{body} {date} {paragraph}',
  'plans.chain.waiting': 'Väntar',
  'plans.chain.next': 'Nästa steg: {step}',
  'plans.chain.complete': 'Beslutskedjan är klar. Planen är godkänd av kommunstyrelsen.',
  'plans.chain.none': 'Inga beslut ännu.',
  'plans.decision.heading': 'Registrera beslut: {step}',
  'plans.decision.body': 'Beslutande organ',
  'plans.decision.date': 'Sammanträdesdatum',
  'plans.decision.paragraph': 'Paragraf',
  'plans.decision.paragraphHint': 'Till exempel § 64',
  'plans.decision.outcome': 'Beslut',
  'plans.decision.notes': 'Anteckningar',
  'plans.decision.submit': 'Registrera beslutet',
  'plans.decision.confirm':
    'Registrera att {step} har beslutat {date} {paragraph}? Planens status blir "{status}". Ett registrerat beslut kan inte ändras här.',
  'plans.decision.recorded': 'Beslutet är registrerat. Planens status är nu "{status}".',
} as const;
