import type { ExampleDataSet, ExampleEffect, ExampleFollowUp } from './example-types.js';

/** What an example follow-up says; risks, next steps and effects seen are empty unless given. */
type Content = Pick<ExampleFollowUp, 'status' | 'progress' | 'summary'> &
  Partial<Pick<ExampleFollowUp, 'risks' | 'nextSteps' | 'effectsSeen' | 'comment'>>;

const texts = (content: Content) => ({ risks: '', nextSteps: '', effectsSeen: '', ...content });

/**
 * A benefit measured every tertial from a baseline at the end of 2025 (qualitative unless told), with the
 * values measured at the end of T1 and of T2 (and their comments, if any).
 */
const tertialEffect = (
  fields: Pick<
    ExampleEffect,
    | 'title'
    | 'description'
    | 'indicator'
    | 'method'
    | 'unit'
    | 'baseline'
    | 'target'
    | 'targetDate'
    | 'realisedBy'
    | 'followedUpBy'
  > &
    Partial<Pick<ExampleEffect, 'kind'>>,
  [t1Value, t2Value]: [number, number],
  [t1Comment, t2Comment]: [string, string] = ['', ''],
): ExampleEffect => ({
  code: 'e1',
  kind: 'qualitative',
  direction: 'benefit',
  schedule: 'Varje tertial',
  measureEveryMonths: 4,
  baselineDate: '2025-12-31',
  ...fields,
  measurements: [
    { code: 'm1', measuredAt: '2026-04-30', value: t1Value, comment: t1Comment },
    { code: 'm2', measuredAt: '2026-08-31', value: t2Value, comment: t2Comment },
  ],
});

/** A T1 follow-up approved in May 2026. */
const t1 = (day: number, content: Content): ExampleFollowUp => ({
  period: 'T1',
  outcome: 'approved',
  submittedAt: `2026-05-${String(day).padStart(2, '0')}T09:30:00+02:00`,
  decidedAt: `2026-05-${String(day + 7).padStart(2, '0')}T14:10:00+02:00`,
  ...texts(content),
});

/** A T2 follow-up submitted in September 2026 (still waiting, unless sent back). */
const t2 = (
  day: number,
  content: Content & Partial<Pick<ExampleFollowUp, 'outcome' | 'decidedAt'>>,
): ExampleFollowUp => ({
  period: 'T2',
  outcome: 'submitted',
  submittedAt: `2026-09-${String(day).padStart(2, '0')}T10:00:00+02:00`,
  ...texts(content),
});

/**
 * Example data for the 2026 plan, for `npm start` only: owners, approvers, timelines, effects with
 * measurements and a year of follow-ups (T1 approved and published, T2 submitted, one sent back, three not yet
 * written). Everything here is INVENTED to show the product; the plan's own texts (areas, initiatives,
 * activities, goals) stay the city's and are never changed. Every view that shows it says so.
 */
export const EXAMPLE_2026: ExampleDataSet = {
  planYear: 2026,
  keyPrefix: 'ex2026',
  approver: 'approver',
  deputy: 'deputy',
  administrator: 'admin',
  deputyDays: 60,
  initiatives: [
    {
      initiative: 'forankra-och-kommunicera-strategi-for-informationshantering',
      code: 'i01',
      owner: 'staff',
      start: '2026-01-15',
      end: '2026-12-15',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(4, {
          status: 'onTrack',
          progress: 30,
          summary:
            'Strategin har presenterats i stadens ledningsgrupp och för fem förvaltningsledningar. En kommunikationsplan är klar.',
          risks: 'Förankringen tar tid i förvaltningar med många pågående förändringar.',
          nextSteps: 'Dialogmöten med resterande förvaltningar före sommaren.',
          comment: 'Tydligt, tack.',
        }),
        t2(7, {
          status: 'onTrack',
          progress: 60,
          summary:
            'Strategin är presenterad för samtliga förvaltningsledningar. Intranätsidor och en kort film är publicerade.',
          nextSteps: 'Följa upp hur strategin används i förvaltningarnas verksamhetsplaner.',
          effectsSeen: 'Fler förvaltningar frågar efter stöd i informationsklassning.',
        }),
      ],
    },
    {
      initiative: 'utbilda-inom-information-och-informationshantering',
      code: 'i02',
      owner: 'staff2',
      start: '2026-02-01',
      end: '2026-11-30',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Fler medarbetare har grundutbildning i informationshantering',
            description:
              'Medarbetare som hanterar information i verksamhetssystem har gått grundutbildningen.',
            indicator: 'Antal medarbetare som gått grundutbildningen',
            method: 'Uttag ur lärplattformen',
            unit: 'personer',
            baseline: 0,
            target: 1500,
            targetDate: '2026-12-31',
            realisedBy: 'Förvaltningarnas informationssamordnare',
            followedUpBy: 'IT-avdelningen',
          },
          [310, 640],
          ['Två pilotförvaltningar.', ''],
        ),
      ],
      followUps: [
        t1(5, {
          status: 'atRisk',
          progress: 20,
          summary: 'Grundutbildningen är framtagen och testad i två förvaltningar.',
          risks: 'Utbildningen konkurrerar med annan obligatorisk utbildning om medarbetarnas tid.',
          nextSteps: 'Erbjuda utbildningen som korta moduler i lärplattformen.',
          effectsSeen: '310 medarbetare har gått utbildningen.',
        }),
        t2(8, {
          status: 'onTrack',
          progress: 55,
          summary: 'Utbildningen finns som korta moduler och erbjuds alla förvaltningar.',
          nextSteps: 'Fördjupningsutbildning för informationsägare under hösten.',
          effectsSeen: '640 medarbetare har gått utbildningen.',
        }),
      ],
    },
    {
      initiative: 'hoja-kvalitet-tillganglighet-och-tillit-till-data-och-information',
      code: 'i03',
      owner: 'staff',
      start: '2026-01-15',
      end: '2027-06-30',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Stadens viktigaste dataset har en utsedd informationsägare',
            description:
              'Varje dataset i stadens datakatalog har en informationsägare som svarar för kvaliteten.',
            indicator: 'Andel dataset i datakatalogen med utsedd informationsägare',
            method: 'Genomgång av datakatalogen',
            unit: '%',
            baseline: 20,
            target: 80,
            targetDate: '2027-06-30',
            realisedBy: 'Förvaltningsdirektörerna',
            followedUpBy: 'IT-avdelningen, dataenheten',
          },
          [28, 41],
          ['', 'Miljöförvaltningen klar.'],
        ),
      ],
      followUps: [
        t1(6, {
          status: 'onTrack',
          progress: 25,
          summary: 'En datakatalog är upphandlad och de första 120 dataseten är inlagda.',
          risks: 'Ägarskapet är oklart för data som delas mellan förvaltningar.',
          nextSteps: 'Utse informationsägare för gemensamma dataset.',
          effectsSeen: 'Andelen dataset med informationsägare har ökat från 20 till 28 procent.',
        }),
        t2(9, {
          outcome: 'sentBack',
          decidedAt: '2026-09-15T11:20:00+02:00',
          comment:
            'Uppföljningen säger inget om hur datakvaliteten mäts. Komplettera med mått och vad som återstår till målet, och skicka in igen.',
          status: 'onTrack',
          progress: 45,
          summary: 'Arbetet går enligt plan.',
        }),
      ],
    },
    {
      initiative: 'bygga-strukturer-for-att-dela-data-over-forvaltningsgranserna',
      code: 'i04',
      owner: 'staff2',
      start: '2026-03-01',
      end: '2027-03-31',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(6, {
          status: 'onTrack',
          progress: 10,
          summary: 'Förstudien om en gemensam plattform för datadelning har startat.',
          risks: 'Juridiska frågor om delning av personuppgifter mellan nämnder.',
          nextSteps: 'Juridisk analys tillsammans med stadskontorets jurister.',
        }),
        t2(9, {
          status: 'atRisk',
          progress: 30,
          summary:
            'Förstudien är klar. Den juridiska analysen pekar på att samtycke eller lagstöd krävs per dataset.',
          risks: 'Den juridiska analysen kan försena en pilot till 2027.',
          nextSteps: 'Välja två dataset utan personuppgifter för en första pilot.',
        }),
      ],
    },
    {
      initiative: 'nya-former-for-att-nyttja-kritiska-kompetenser-och-optimera-resurser',
      code: 'i05',
      owner: 'staff',
      start: '2026-02-01',
      end: '2026-12-31',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(7, {
          status: 'onTrack',
          progress: 20,
          summary:
            'En kartläggning av kritiska kompetenser inom digitalisering är gjord i sex förvaltningar.',
          nextSteps: 'Pröva en gemensam kompetenspool för systemförvaltning.',
        }),
      ],
    },
    {
      initiative: 'sammanhallet-metodstod-for-digitalisering',
      code: 'i06',
      owner: 'staff2',
      start: '2026-01-15',
      end: '2026-10-31',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Digitaliseringsprojekt använder stadens gemensamma metodstöd',
            description: 'Nya digitaliseringsprojekt följer metodstödet från idé till effekthemtagning.',
            indicator: 'Antal projekt som använder metodstödet',
            method: 'Projektportföljen',
            unit: 'st',
            baseline: 0,
            target: 25,
            targetDate: '2026-12-31',
            realisedBy: 'Projektledare i förvaltningarna',
            followedUpBy: 'IT-avdelningen, portföljkontoret',
          },
          [4, 11],
        ),
      ],
      followUps: [
        t1(7, {
          status: 'onTrack',
          progress: 35,
          summary: 'Metodstödet är samlat på en webbplats; fyra projekt använder det.',
          nextSteps: 'Lägga till stöd för effekthemtagning och nyttokalkyl.',
          effectsSeen: 'Fyra projekt använder metodstödet.',
          comment: 'Bra att effekthemtagningen kommer med.',
        }),
        t2(10, {
          status: 'onTrack',
          progress: 70,
          summary: 'Stödet för effekthemtagning och nyttokalkyl är klart; elva projekt använder metodstödet.',
          nextSteps: 'Utbilda projektledare i metodstödet under hösten.',
          effectsSeen: 'Elva projekt använder metodstödet.',
        }),
      ],
    },
    {
      initiative: 'sprida-kunskap-om-ai-digitalisering-och-verksamhetsutveckling',
      code: 'i07',
      owner: 'staff',
      start: '2026-01-15',
      end: '2026-12-15',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Medarbetare använder AI-stöd tryggt i sitt arbete',
            description:
              'Medarbetare har gått stadens introduktion i AI och vet vad som får användas och hur.',
            indicator: 'Antal medarbetare som gått introduktionen i AI',
            method: 'Uttag ur lärplattformen',
            unit: 'personer',
            baseline: 0,
            target: 3000,
            targetDate: '2026-12-31',
            realisedBy: 'Chefer i förvaltningarna',
            followedUpBy: 'IT-avdelningen',
          },
          [820, 1740],
        ),
      ],
      followUps: [
        t1(4, {
          status: 'onTrack',
          progress: 30,
          summary: 'Introduktionen i AI är lanserad; 820 medarbetare har gått den.',
          risks: 'Efterfrågan på fördjupning är större än kapaciteten.',
          nextSteps: 'Ta fram fördjupningsspår för chefer och för systemförvaltare.',
          effectsSeen: '820 medarbetare har gått introduktionen.',
        }),
        t2(7, {
          status: 'onTrack',
          progress: 60,
          summary: 'Fördjupningsspåret för chefer är klart; 1 740 medarbetare har gått introduktionen.',
          nextSteps: 'Fördjupningsspår för systemförvaltare.',
          effectsSeen: '1 740 medarbetare har gått introduktionen.',
        }),
      ],
    },
    {
      initiative: 'forbattra-systematiken-i-arbetet-med-digitalt-innanforskap',
      code: 'i08',
      owner: 'staff2',
      start: '2026-04-01',
      end: '2026-12-31',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(8, {
          status: 'onTrack',
          progress: 10,
          summary:
            'Arbetet startade i april; en nulägesbild av stadens insatser för digitalt innanförskap tas fram.',
          nextSteps: 'Samla förvaltningarnas insatser i en gemensam översikt.',
        }),
      ],
    },
    {
      initiative: 'starka-och-bredda-nyttjandet-av-valfardsteknik',
      code: 'i09',
      owner: 'staff',
      start: '2026-01-15',
      end: '2027-12-31',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Lägre kostnad för nattillsyn med digital tillsyn',
            description:
              'Digital nattillsyn ersätter en del av de fysiska besöken, efter den enskildes samtycke.',
            kind: 'financial',
            indicator: 'Minskad kostnad för nattillsyn per år',
            method: 'Jämförelse av kostnaden för nattillsyn med året före',
            unit: 'mnkr',
            baseline: 0,
            target: 4,
            targetDate: '2027-12-31',
            realisedBy: 'Hälsa-, vård- och omsorgsförvaltningen',
            followedUpBy: 'Förvaltningens ekonomichef',
          },
          [0.4, 1.1],
        ),
      ],
      followUps: [
        t1(5, {
          status: 'onTrack',
          progress: 20,
          summary: 'Digital nattillsyn används i två hemtjänstområden.',
          risks: 'Tekniken kräver stabil uppkoppling i bostaden.',
          nextSteps: 'Utvidga till ytterligare fyra områden.',
          effectsSeen: 'Kostnaden för nattillsyn har minskat med 0,4 mnkr i årstakt.',
        }),
        t2(8, {
          status: 'onTrack',
          progress: 40,
          summary: 'Digital nattillsyn används i sex hemtjänstområden.',
          nextSteps: 'Utvärdera brukarnas upplevelse tillsammans med förvaltningen.',
          effectsSeen: 'Kostnaden för nattillsyn har minskat med 1,1 mnkr i årstakt.',
        }),
      ],
    },
    {
      initiative: 'utmana-och-minska-stadens-totala-administration',
      code: 'i10',
      owner: 'staff2',
      start: '2026-01-15',
      end: '2026-12-31',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Kortare hanteringstid för leverantörsfakturor',
            description:
              'Automatisk kontering och attestflöde gör att varje faktura tar kortare tid att hantera.',
            indicator: 'Genomsnittlig hanteringstid per leverantörsfaktura',
            method: 'Tidsstudie i tre förvaltningar',
            unit: 'minuter',
            baseline: 12,
            target: 6,
            targetDate: '2026-12-31',
            realisedBy: 'Serviceförvaltningen',
            followedUpBy: 'Stadskontoret, ekonomiavdelningen',
          },
          [11, 8.5],
          ['', 'Automatisk kontering införd.'],
        ),
      ],
      followUps: [
        t1(6, {
          status: 'onTrack',
          progress: 25,
          summary: 'Fakturaflödet är kartlagt och automatisk kontering testas i en förvaltning.',
          nextSteps: 'Införa automatisk kontering i alla förvaltningar.',
          effectsSeen: 'Hanteringstiden per faktura har minskat från 12 till 11 minuter.',
        }),
        t2(9, {
          status: 'onTrack',
          progress: 55,
          summary: 'Automatisk kontering används i alla förvaltningar.',
          risks: 'Leverantörer som skickar pappersfakturor.',
          nextSteps: 'Krav på e-faktura i nya avtal.',
          effectsSeen: 'Hanteringstiden per faktura har minskat till 8,5 minuter.',
        }),
      ],
    },
    {
      initiative: 'bista-vid-inforande-av-single-digital-gateway',
      code: 'i11',
      owner: 'staff',
      start: '2026-01-15',
      end: '2026-12-12',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(7, {
          status: 'atRisk',
          progress: 30,
          summary: 'Förvaltningarna har inventerat vilka förfaranden som omfattas av SDG-förordningen.',
          risks: 'Två verksamhetssystem saknar stöd för de tekniska kraven.',
          nextSteps: 'Dialog med leverantörerna om tidplan.',
        }),
        t2(10, {
          status: 'atRisk',
          progress: 55,
          summary:
            'Sju av nio förfaranden uppfyller kraven; leverantörerna av de två återstående har lämnat tidplaner.',
          risks: 'Den ena leverantörens tidplan sträcker sig in i 2027.',
          nextSteps: 'Ta fram en tillfällig lösning för det sista förfarandet.',
        }),
      ],
    },
    {
      initiative: 'utforska-modulara-losningar',
      code: 'i12',
      owner: 'staff2',
      start: '2026-03-01',
      end: '2026-12-31',
      status: 'ongoing',
      effects: [],
      followUps: [
        t1(8, {
          status: 'onTrack',
          progress: 10,
          summary: 'Två verksamheter som vill pröva modulära lösningar är utvalda.',
          nextSteps: 'Ta fram en gemensam integrationsplattform för piloterna.',
        }),
        t2(10, {
          status: 'offTrack',
          progress: 20,
          summary: 'Integrationsplattformen är försenad; piloterna har inte kunnat starta.',
          risks: 'Piloterna hinner inte utvärderas under 2026.',
          nextSteps: 'Flytta utvärderingen till första tertialen 2027.',
        }),
      ],
    },
    {
      initiative: 'kontinuerligt-starka-it-sakerheten',
      code: 'i13',
      owner: 'staff',
      start: '2026-01-01',
      end: '2026-12-31',
      status: 'ongoing',
      effects: [
        tertialEffect(
          {
            title: 'Fler konton skyddas med tvåfaktorsinloggning',
            description: 'Medarbetarnas konton kräver en andra faktor vid inloggning.',
            indicator: 'Andel medarbetarkonton med tvåfaktorsinloggning',
            method: 'Rapport ur inloggningstjänsten',
            unit: '%',
            baseline: 35,
            target: 95,
            targetDate: '2026-12-31',
            realisedBy: 'IT-avdelningen',
            followedUpBy: 'Stadens informationssäkerhetssamordnare',
          },
          [52, 78],
        ),
      ],
      followUps: [
        t1(4, {
          status: 'onTrack',
          progress: 35,
          summary: 'Tvåfaktorsinloggning är införd för alla chefer och systemadministratörer.',
          nextSteps: 'Införa tvåfaktorsinloggning för alla medarbetare i tur och ordning.',
          effectsSeen: '52 procent av kontona har tvåfaktorsinloggning.',
          comment: 'Bra takt.',
        }),
      ],
    },
  ],
};
