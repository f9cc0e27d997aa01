import { Catalogue } from '../../internal/catalogue.js';
import type { EducationLevel, SignupDomain, SignupIssueKind, SkjChamber } from '../../content/schema/signup.js';
import type { SignupField } from '../../logic/signup-form.js';

/** Why a field is in error: a kind from the shared schema, or the session that filled up meanwhile. */
export type FieldErrorKind = SignupIssueKind | 'session_full';

type FieldErrorTexts = Partial<Record<FieldErrorKind, string>>;

const nl = {
  heading: 'Aanmelden voor de training',
  intro:
    'Meld je aan voor de trainingsdag over complexe scheidingen, met professionals uit de hele keten. Alle vragen zijn nodig, behalve als er "niet verplicht" bij staat.',
  optional: '(niet verplicht)',
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  email: 'E-mailadres (werk)',
  emailHint: 'Je e-mailadres op je werk. Hierop krijg je informatie over de training.',
  phone: 'Telefoonnummer',
  phoneHint: 'Alleen om je te bellen als er op het laatste moment iets verandert.',
  organisation: 'Organisatie',
  domain: 'Werkveld',
  domains: {
    veiligheidsdomein: 'Veiligheidsdomein',
    jeugdhulp: 'Jeugdhulp',
    jeugd_ggz: '(Jeugd) ggz',
    verslavingszorg: 'Verslavingszorg',
    gemeente: 'Gemeente',
    wijkteams: 'Wijkteams',
    sociaal_domein: 'Sociaal domein',
    vg_zorg: 'Verstandelijk gehandicaptenzorg',
    anders: 'Anders',
  } satisfies Record<SignupDomain, string>,
  municipality: 'Gemeente waar je werkt',
  municipalityChoose: 'Kies een gemeente',
  municipalityOther: 'Andere gemeente',
  educationLevel: 'Opleidingsniveau',
  educationLevels: { hbo_wo: 'Hbo of wo', mbo: 'Mbo', anders: 'Anders' } satisfies Record<EducationLevel, string>,
  skjPoints: 'Wil je SKJ-punten ontvangen?',
  skjPointsHint: 'De training wordt geaccrediteerd bij het Kwaliteitsregister Jeugd (SKJ).',
  yes: 'Ja',
  no: 'Nee',
  skjNumber: 'SKJ-registratienummer',
  skjNumberHint: 'Meestal 9 cijfers. Spaties en punten mogen. Je vindt het in Mijn SKJ of op je registerpas.',
  skjNumberUnusual: 'Een SKJ-nummer heeft meestal 9 cijfers. Klopt dit nummer?',
  skjChamber: 'In welke kamer van het register sta je?',
  skjChamberNote:
    'Ben je als pedagoog of psycholoog geregistreerd? Dan tellen SKJ-accreditatiepunten misschien niet voor je herregistratie: voor gedragswetenschappers gelden scholingen met NIP- of NVO-accreditatie.',
  skjChambers: {
    jeugd_en_gezinsprofessional: 'Jeugd- en gezinsprofessional',
    pedagoog: 'Pedagoog',
    psycholoog: 'Psycholoog',
  } satisfies Record<SkjChamber, string>,
  session: 'Trainingsdatum',
  sessionsLoading: 'De trainingsdata worden geladen…',
  sessionsFailed: 'De trainingsdata konden niet worden geladen.',
  sessionsRetry: 'Probeer opnieuw',
  sessionsNone: 'Er zijn op dit moment geen trainingsdata gepland.',
  sessionsAllFull: 'Alle trainingsdata zijn vol.',
  seatsLeft: (n: number) => (n === 1 ? 'nog 1 plek vrij' : `nog ${n} plekken vrij`),
  full: 'vol',
  waitingList: 'Zet me op de wachtlijst',
  waitingListHint: 'We nemen contact met je op als er een plek vrijkomt of als er een nieuwe datum is.',
  remarks: 'Opmerkingen',
  remarksHint: 'Bijvoorbeeld als je iets nodig hebt om mee te kunnen doen. Schrijf hier niets over gezinnen of cliënten.',
  remarksLeft: (n: number) => (n === 1 ? 'Je kunt nog 1 teken typen.' : `Je kunt nog ${n} tekens typen.`),
  remarksOver: (n: number) => (n === 1 ? 'Je hebt 1 teken te veel.' : `Je hebt ${n} tekens te veel.`),
  privacyHeading: 'Wat gebeurt er met je gegevens?',
  privacy: (organiser: string) =>
    `${organiser} gebruikt je gegevens voor je aanmelding voor de training en, als je SKJ-punten wilt, om die toe te kennen: daarvoor krijgt Stichting Kwaliteitsregister Jeugd (SKJ) je naam en SKJ-nummer. Vink je hieronder nieuws aan, dan sturen we dat naar je e-mailadres; je kunt je altijd weer afmelden. We bewaren je gegevens zo lang als in onze privacyverklaring staat. Daar lees je ook op welke grondslag we ze gebruiken en hoe je ze kunt inzien, laten verbeteren of laten verwijderen. Je kunt een klacht indienen bij de Autoriteit Persoonsgegevens. Lukt versturen even niet, dan bewaart je browser je aanmelding en probeert het formulier hem nog 7 dagen lang te versturen.`,
  privacyOrganiser: 'De organisator van de training',
  privacyLink: 'Lees de privacyverklaring',
  newTab: '(opent in een nieuw tabblad)',
  newsOptIn: 'Stuur me nieuws over het lerend netwerk rond complexe scheidingen',
  newsOptInHint: 'Los van je aanmelding. Je kunt je altijd weer afmelden.',
  honeypot: 'Laat dit veld leeg',
  submit: 'Aanmelden',
  sending: 'Bezig met versturen…',
  errorPrefix: 'Fout:',
  warningPrefix: 'Let op:',
  summaryHeading: 'Er is een probleem',
  summaryFieldUnknown: (field: string) => `Het veld "${field}" werd niet geaccepteerd. Probeer het later opnieuw.`,
  errors: {
    firstName: {
      required: 'Vul je voornaam in',
      too_long: 'Je voornaam mag hoogstens 100 tekens hebben',
      control_chars: 'Je voornaam bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    },
    lastName: {
      required: 'Vul je achternaam in',
      too_long: 'Je achternaam mag hoogstens 100 tekens hebben',
      control_chars: 'Je achternaam bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    },
    email: {
      required: 'Vul je e-mailadres in',
      email: 'Vul een e-mailadres in zoals naam@organisatie.nl',
      too_long: 'Je e-mailadres mag hoogstens 254 tekens hebben',
      control_chars: 'Je e-mailadres bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    },
    phone: {
      phone: 'Vul een telefoonnummer in zoals 053 481 1234, of laat dit veld leeg',
      control_chars: 'Je telefoonnummer bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    },
    organisation: {
      required: 'Vul je organisatie in',
      too_long: 'De naam van je organisatie mag hoogstens 200 tekens hebben',
      control_chars: 'De naam van je organisatie bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    },
    domain: { required: 'Kies je werkveld', choose: 'Kies je werkveld' },
    municipality: { required: 'Kies de gemeente waar je werkt', choose: 'Kies de gemeente waar je werkt' },
    educationLevel: { choose: 'Kies je opleidingsniveau, of sla deze vraag over' },
    skjPoints: { required: 'Kies of je SKJ-punten wilt ontvangen' },
    skjNumber: {
      required: 'Vul je SKJ-registratienummer in, of kies "Nee" bij SKJ-punten',
      skj_number: 'Een SKJ-registratienummer bestaat alleen uit cijfers',
      control_chars: 'Een SKJ-registratienummer bestaat alleen uit cijfers',
    },
    skjChamber: { required: 'Kies de kamer waarin je geregistreerd bent', choose: 'Kies de kamer waarin je geregistreerd bent' },
    sessionId: {
      required: 'Kies een trainingsdatum',
      choose: 'Kies een trainingsdatum',
      session_full: 'De datum die je koos is net vol geraakt. Kies een andere datum.',
    },
    remarks: {
      too_long: 'Je opmerking mag hoogstens 500 tekens hebben',
      control_chars: 'Je opmerking bevat een teken dat niet kan worden opgeslagen, zoals een tab. Enters mogen wel',
    },
  } satisfies Partial<Record<SignupField, FieldErrorTexts>> as Partial<Record<SignupField, FieldErrorTexts>>,
  errorFallback: {
    required: 'Vul dit veld in',
    email: 'Vul een geldig e-mailadres in',
    phone: 'Vul een geldig telefoonnummer in',
    too_long: 'Dit is te lang',
    choose: 'Maak een keuze',
    skj_number: 'Gebruik alleen cijfers',
    control_chars: 'Dit veld bevat een teken dat niet kan worden opgeslagen, zoals een tab',
    unknown: 'Dit veld klopt niet',
    session_full: 'Deze datum is vol',
  } satisfies Record<FieldErrorKind, string>,
  rulesFailed: 'Het formulier kon niet worden gecontroleerd. Controleer je internetverbinding en probeer het opnieuw.',
  noEndpoint: 'Dit formulier is niet goed ingesteld: er is geen adres om je aanmelding naartoe te sturen. Neem contact op met de organisator.',
  rejected: (status: number) =>
    `Je aanmelding kon niet worden verstuurd (foutcode ${status}). Wat je hebt ingevuld staat er nog. Probeer het later opnieuw of neem contact op met de organisator.`,
  keyReused: 'Er ging iets mis bij het versturen. Wat je hebt ingevuld staat er nog: verstuur je aanmelding opnieuw.',
  /** 429 seat_limit: this connection booked the most seats allowed for the date in the last hour. */
  limited: (minutes?: number) =>
    `Via deze internetverbinding zijn het afgelopen uur al meerdere plekken voor deze datum geboekt. Wat je hebt ingevuld staat er nog. Probeer het ${minutes === undefined ? 'later' : minutes === 1 ? 'over 1 minuut' : `over ${minutes} minuten`} opnieuw, kies een andere datum of neem contact op met de organisator.`,
  /** 409 already_signed_up: this e-mail address already has a seat on the chosen date. */
  duplicate:
    'Met dit e-mailadres is al iemand aangemeld voor deze datum. Je hoeft je niet opnieuw aan te melden. Wil je iets veranderen? Neem dan contact op met de organisator.',
  restored:
    'Deze aanmelding was eerder op dit apparaat bewaard, maar kon niet worden verwerkt. Controleer de gegevens en verstuur hem opnieuw.',
  expired:
    'Deze aanmelding was op dit apparaat bewaard, maar kon een week lang niet worden verstuurd. Controleer de gegevens en verstuur hem opnieuw.',
  queuedHeading: 'Je aanmelding is bewaard',
  queued:
    'Versturen lukt nu niet. Je aanmelding is op dit apparaat bewaard en wordt vanzelf verstuurd zodra het weer lukt, ook als je deze pagina later opnieuw opent. Je hoeft niets opnieuw in te vullen.',
  queuedMemory:
    'Versturen lukt nu niet, en je browser staat niet toe dat we je aanmelding op dit apparaat bewaren. Laat deze pagina open: we proberen het vanzelf opnieuw.',
  pending: (names: string) =>
    `Op dit apparaat staat nog een aanmelding klaar (${names}). Die wordt vanzelf verstuurd zodra het lukt. Je hoeft je niet opnieuw aan te melden.`,
  sentLater: 'Je eerder bewaarde aanmelding is nu verstuurd.',
  failedLater:
    'Een eerder bewaarde aanmelding kon niet worden verwerkt. Meld je opnieuw aan, of neem contact op met de organisator.',
  successHeading: 'Je bent aangemeld',
  waitingListHeading: 'Je staat op de wachtlijst',
  successFor: (when: string) => `Je aanmelding voor de training op ${when} is ontvangen.`,
  success: 'Je aanmelding is ontvangen.',
  waitingListFor: (when: string) =>
    `Je staat op de wachtlijst voor ${when}. We nemen contact met je op als er een plek vrijkomt.`,
  waitingListGeneral: 'We nemen contact met je op als er een plek vrijkomt of als er een nieuwe datum is.',
  addToCalendar: 'Zet in je agenda',
  calendarFile: '(agendabestand, .ics)',
  calendarSummary: 'Training complexe scheidingen (Op tijd dichterbij)',
  calendarDescription: 'Je aanmelding voor deze training is ontvangen.',
};
export type CourseSignupMessages = typeof nl;

export const courseSignupCatalogue = new Catalogue<CourseSignupMessages>(nl, () =>
  import('./otd-course-signup.messages.en.js').then((m) => m.en),
);
