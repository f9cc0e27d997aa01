import { Catalogue } from '../../content/catalogue.js';
import type { SignupField } from '../../logic/signup-state.js';
import type { FieldErrorKind } from '../../logic/signup-state.js';

type FieldErrorTexts = Partial<Record<FieldErrorKind, string>>;

/**
 * What the signup says once the person checks or sends it: the problems per field, the summary, and
 * every answer of the receiver. Loaded with the sending code (`otd-course-signup.sending.ts`), not
 * with the form.
 */
const nl = {
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
export type SignupOutcomeMessages = typeof nl;

export const signupOutcomeCatalogue = Catalogue.of<SignupOutcomeMessages>(nl, () => import('./otd-course-signup.outcome-messages.en.js'));
