/**
 * Swedish texts of the app's privacy and terms pages (`/privacy`, `/terms`; keys prefixed `legal.`): what the
 * app stores, where, and who can read it.
 */
export const legalSv = {
  'legal.otherLanguage': 'In English',
  'legal.privacyLink': 'Integritet och personuppgifter',
  'legal.termsLink': 'Användarvillkor',

  'legal.privacy.title': 'Integritet: vad Utvecklingsplanen sparar och vem som kan läsa det',
  'legal.privacy.intro':
    'Utvecklingsplanen är Malmö stads app för utvecklingsplanen för kommungemensam IT och digitalisering, i Teams och på intranätet. Den här sidan beskriver vilka uppgifter appen sparar, var de finns och vem som kan läsa dem.',
  'legal.privacy.where.heading': 'Var uppgifterna finns',
  'legal.privacy.where.body':
    'Allt appen sparar ligger i listor och i dokumentbiblioteket Rapporter på planens SharePoint-webbplats i stadens egen Microsoft 365-miljö. Appservern har ingen egen databas: den läser och skriver på planens webbplats med appens egen identitet och behåller bara namn och användar-id i minnet medan den körs. Appservern skriver driftloggar (fel och vilken adress som anropades) där stadens IT-avdelning driftar den.',
  'legal.privacy.what.heading': 'Vad som sparas',
  'legal.privacy.what.plan':
    'Planens innehåll: planer, beslut, fokusområden, insatser med ansvarig och godkännare, aktiviteter, effekter och mätningar.',
  'legal.privacy.what.followUps':
    'Uppföljningar med vem som skickade in dem och när, godkännandebeslut med vem som beslutade, när och kommentaren, och de publicerade (godkända) uppföljningarna.',
  'legal.privacy.what.audit':
    'En händelselogg över varje ändring och beslut: vem, när, vad och varifrån (fliken, kortet i Teams eller appen själv).',
  'legal.privacy.what.bot':
    'För Teams: var appen är installerad (samtalets id och ditt Entra-objekt-id), vilka godkännandekort som skickats till vem, vem som godkänner vilken insats och vilka ersättare som är utsedda och när.',
  'legal.privacy.what.reports':
    'Rapporter till nämnden, ögonblicksbilder och Excel-exporter av stängda perioder, i biblioteket Rapporter. I biblioteket Intranätsvyer kopior som appen gör av de tre senast antagna planernas intranätsvyer (det som alla läsare ändå får se: planen, dess fokusområden och insatser med ansvariga, effekter och godkända uppföljningar), var och en hel och som första skärm, förseglade av appen, så att läsare får vyn i en enda begäran. De görs om efter varje ändring och används bara så länge listorna de gjordes av är oförändrade. I biblioteket Arbetsvyer, som bara medlemmar och ägare kan läsa, kopior av den första skärmen av planöversikten i Teams för de tre senaste planerna och planen fliken öppnar på (varje fokusområdes första insatser med ansvariga, effekter och arbetsuppföljningarnas status och andel klart, och planens antal och filterval), förseglade av appen, så att medlemmar får översikten i en enda begäran; de görs om och används på samma sätt.',
  'legal.privacy.what.browser':
    'I din webbläsare (lokal lagring) sparar intranätets visning två saker som gör nästa besök snabbare: vilken plan valet ledde till och var listorna slutade, och fingeravtryck (SHA-256) av de sigill som redan kontrollerats. Inga personuppgifter; att tömma webbplatsdata i webbläsaren tar bort dem.',
  'legal.privacy.what.people':
    'Personuppgifter är alltså namn, e-post eller användarnamn och Entra-objekt-id för medarbetare som arbetar i planen, och det de själva skriver (sammanfattningar, kommentarer).',
  'legal.privacy.who.heading': 'Vem som kan läsa vad',
  'legal.privacy.who.members':
    'Medarbetare som är medlemmar på planens webbplats läser och redigerar planen och arbetande uppföljningar.',
  'legal.privacy.who.readers':
    'Alla som får läsa webbplatsen (intranätets läsare) ser bara planer som kommunstyrelsen har godkänt, deras fokusområden, insatser och effekter, godkända uppföljningar och rapporterna; aldrig utkast eller uppföljningar som inte är godkända.',
  'legal.privacy.who.app':
    'Beslut, publicerade uppföljningar, händelseloggen och appens egna listor skrivs bara av appen; webbplatsens ägare (planadministratörer) kan läsa allt på webbplatsen.',
  'legal.privacy.who.chats':
    'Förhandsvisningar av länkar och kort från ”Sök insats” byggs med det du själv får se. Kortet du skickar visas för alla i chatten eller kanalen; Teams hämtar där varje persons egen vy när det går.',
  'legal.privacy.who.copilot':
    'Agenten i Microsoft 365 Copilot läser planens webbplats med den frågandes egna behörigheter, och ser alltså inte mer än personen själv.',
  'legal.privacy.public.heading': 'Allmänna handlingar och frågor',
  'legal.privacy.public.body':
    'Uppgifterna i appen kan vara allmänna handlingar enligt offentlighetsprincipen och hanteras enligt stadens regler för informationshantering och gallring. Malmö stad är personuppgiftsansvarig. Frågor om dina personuppgifter ställer du till stadens dataskyddsombud via malmo.se.',

  'legal.terms.title': 'Användarvillkor för Utvecklingsplanen',
  'legal.terms.intro':
    'Utvecklingsplanen tillhandahålls av Malmö stad för stadens medarbetare, för att planera, följa upp och godkänna insatser i utvecklingsplanen för kommungemensam IT och digitalisering.',
  'legal.terms.use.heading': 'Användning',
  'legal.terms.use.body':
    'Använd appen i ditt arbete för staden. Skriv uppföljningar och kommentarer sakligt: de sparas med ditt namn och kan vara allmänna handlingar. Godkänn bara uppföljningar som du är utsedd att godkänna; appen kontrollerar det själv och sparar vem som beslutade och när.',
  'legal.terms.data.heading': 'Uppgifterna',
  'legal.terms.data.body':
    'Allt innehåll ligger på planens SharePoint-webbplats i stadens egen Microsoft 365-miljö. Hur uppgifterna hanteras står på sidan om integritet.',
  'legal.terms.availability.heading': 'Tillgänglighet och ansvar',
  'legal.terms.availability.body':
    'Appen är beroende av Microsoft 365 och stadens IT-drift och kan ibland vara otillgänglig. Det beslutade dokumentet är det som nämnden och kommunstyrelsen har fattat beslut om; appen är ett stöd för arbetet med planen.',
  'legal.terms.contact.heading': 'Kontakt',
  'legal.terms.contact.body':
    'Frågor om appen ställer du till den som förvaltar utvecklingsplanen på stadens IT-avdelning, via stadens IT-support.',
} as const;
