/**
 * Swedish texts of the local start page of `npm start` (`dev/local-stack`). Kept in their own table, outside
 * `sv`/`en` (see `startText`), so that no browser bundle of the product carries them.
 */
export const startSv = {
  'start.title': 'Kom igång med utvecklingsplanen',
  'start.lead':
    'Här kör du Malmö stads utvecklingsplan för kommungemensam IT och digitalisering på din egen dator: Teams-fliken, godkännandekorten i Teams och webbdelen på intranätet, mot en lokal SharePoint med 2026 års plan. På fem minuter provar du hela kedjan: en uppföljning skrivs, godkänns, syns på intranätet och hamnar i rapporten till nämnden.',
  'start.language': 'Språk',
  'start.exampleData.on':
    'Den här webbplatsen har exempeldata. Ansvariga, godkännare, tidslinjer, effekter med mätningar och ett års uppföljningar är påhittade för att visa produkten: T1 är godkänd och publicerad, T2 är inskickad och en uppföljning är tillbakaskickad med en kommentar. Planens egna texter – fokusområden, insatser, aktiviteter och mål – är stadens, från KS 2025-10-15 § 301. Allt som visar exempeldata är märkt med ”Exempeldata”.',
  'start.exampleData.remove':
    'Ta bort exempeldatan: stoppa med Ctrl-C, radera mappen .data/ och starta igen med {command}.',
  'start.exampleData.off':
    'Den här webbplatsen har ingen exempeldata. Insatserna har inga ansvariga eller godkännare ännu, så stegen nedan går först när en planadministratör har utsett dem.',
  'start.exampleData.add':
    'Vill du prova med exempeldata: stoppa, radera mappen .data/ och starta med {command}.',
  'start.roles.heading': 'Vem gör vad',
  'start.roles.intro':
    'Lokalt loggar du in som en av fem demopersoner. Varje länk på sidan loggar in som den personen.',
  'start.role.admin.does':
    'Ägare av webbplatsen. Utser godkännare, stänger perioder och tar fram rapporten till nämnden.',
  'start.role.staff.does': 'Ansvarar för insatser och skriver deras uppföljningar i Teams-fliken.',
  'start.role.approver.does':
    'Chef. Godkänner uppföljningar eller skickar tillbaka dem med en kommentar, direkt från korten i Teams.',
  'start.role.deputy.does':
    'Får samma godkännandekort som {approver} och kan besluta om dem så länge ersättningen gäller.',
  'start.role.reader.does':
    'Läser den antagna planen och de godkända uppföljningarna på intranätet, aldrig utkast eller uppföljningar som väntar på beslut.',
  'start.role.signIn': 'Logga in som {name}',
  'start.steps.heading': 'Prova hela kedjan i fem steg',
  'start.steps.intro': 'Gör stegen i ordning. Varje steg loggar in som rätt person.',
  'start.step.write.heading': 'Skriv en uppföljning som {name}',
  'start.step.write.text':
    'Fliken öppnar Mitt arbete. Välj en insats under Mina insatser och sedan Skriv uppföljning. Formuläret föreslår perioden. Fyll i status, hur långt arbetet har kommit och en sammanfattning, och välj Skicka för godkännande.',
  'start.step.write.link': 'Öppna Teams-fliken som {name}',
  'start.step.approve.heading': 'Godkänn den som {name} i kortinkorgen',
  'start.step.approve.text':
    'Kortinkorgen spelar Teams för en person i taget. Kortet med uppföljningen ligger överst: skriv en kommentar om du vill och välj Godkänn. {deputy} är ersättare och får samma kort.',
  'start.step.approve.link': 'Öppna kortinkorgen som {name}',
  'start.step.approve.deputyLink': 'Öppna kortinkorgen som {name} (ersättare)',
  'start.step.read.heading': 'Se den på intranätet som {name}',
  'start.step.read.text':
    'Webbdelen på intranätet visar planen och de godkända uppföljningarna. En läsare ser bara det som är godkänt och publicerat.',
  'start.step.read.link': 'Öppna intranätets webbdel som {name}',
  'start.step.read.elementLink': 'Samma vy som webbkomponent på en annan webbplats',
  'start.step.close.heading': 'Stäng perioden som {name}',
  'start.step.close.text':
    'Under Perioder och rapporter stänger en planadministratör en period. Uppföljningarna fryses och rapporten till nämnden skapas. En period kan stängas när den har minst en godkänd uppföljning.',
  'start.step.close.example': 'I exempeldatan är alla uppföljningar för T1 godkända.',
  'start.step.close.link': 'Öppna Perioder och rapporter som {name}',
  'start.step.report.heading': 'Öppna rapporten som {name}',
  'start.step.report.text':
    'Rapporten till nämnden (Word) och exporten (Excel) sparas i biblioteket Rapporter och listas under Perioder och rapporter. Alla på webbplatsen kan ladda ned dem, även en läsare som {name}.',
  'start.step.report.link': 'Öppna rapporterna som {name}',
  'start.more.heading': 'Fler ingångar',
  'start.more.tab': 'Teams-fliken, där du själv väljer vem du är',
  'start.more.webpart': 'Intranätets webbdel, förhandsvisning som läsare',
  'start.more.intranet': 'Demosida för intranätet på en annan webbadress, med läsarvyn som webbkomponent',
  'start.more.inbox': 'Kortinkorgen, där du väljer person',
  'start.more.site': 'Den lokala SharePoint-webbplatsen',
  'start.more.users': 'Demopersonerna (JSON)',
  'start.lists.heading': 'För utvecklare: listorna och antal objekt',
  'start.lists.list': 'Lista',
  'start.lists.items': 'Antal objekt',
  'start.footer':
    'Lokal utvecklingsmiljö: SharePoint-emulatorn och appservern körs på den här datorn, och ingen data lämnar den.',
} as const;
