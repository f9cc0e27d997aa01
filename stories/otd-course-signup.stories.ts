import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/otd-course-signup.js';
import type { OtdCourseSignup } from '../src/elements/otd-course-signup/otd-course-signup.js';
import { OUTBOX_STORAGE_KEY } from '../src/logic/outbox.js';
import { WAITING_LIST } from '../src/content/schema/signup.js';
import { componentDocs, createWidget, headingLevelArg, LANG_ARG, never, stubFetch, widgetIn } from './support.js';

interface SignupArgs {
  lang?: string;
  privacyUrl?: string;
  organiser?: string;
  headingLevel?: number;
}

/**
 * The stories play the receiver with a stubbed `fetch` for these two addresses only (every other
 * request goes to the network as usual), so each state is the element's own, not a mock-up.
 */
const SESSIONS_SRC = '/storybook-receiver/api/sessions';
const ENDPOINT = '/storybook-receiver/api/signups';

const SESSIONS = [
  {
    id: 'voorbeeld-2025-10-07',
    date: '2025-10-07',
    startTime: '09:30',
    endTime: '16:30',
    place: { nl: 'Hengelo (voorbeeld)', en: 'Hengelo (example)' },
    address: 'Voorbeeldstraat 1',
    capacity: 20,
    seatsLeft: 12,
    waitingList: true,
  },
  {
    id: 'voorbeeld-2025-11-04',
    date: '2025-11-04',
    startTime: '09:00',
    endTime: '16:00',
    place: { nl: 'Enschede (voorbeeld)', en: 'Enschede (example)' },
    capacity: 20,
    seatsLeft: 1,
    waitingList: true,
  },
  {
    id: 'voorbeeld-2025-12-02',
    date: '2025-12-02',
    startTime: '13:00',
    endTime: '17:00',
    place: { nl: 'Almelo (voorbeeld)', en: 'Almelo (example)' },
    capacity: 15,
    seatsLeft: 0,
    waitingList: true,
  },
];
const ALL_FULL = SESSIONS.map((s) => ({ ...s, seatsLeft: 0 }));

/** Stories only show sessions the receiver's schema accepts; it loads lazily, as in the element. */
async function checkStorySessions(): Promise<Record<string, never>> {
  const { sessionListSchema } = await import('../src/content/schema/sessions.js');
  if (!sessionListSchema.safeParse(SESSIONS).success || !sessionListSchema.safeParse(ALL_FULL).success) {
    throw new Error('The example sessions no longer pass the schema');
  }
  return {};
}

type Answer = () => Promise<Response>;
const json = (status: number, body: unknown): Promise<Response> =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

/** Replaces `fetch` for the story's receiver, clears the outbox before and after, and restores everything. */
function receiver(sessions: Answer, signups: (signal?: AbortSignal | null) => Promise<Response>) {
  return () => {
    localStorage.removeItem(OUTBOX_STORAGE_KEY);
    const restoreFetch = stubFetch(({ pathname }, init) =>
      pathname === SESSIONS_SRC ? sessions() : pathname === ENDPOINT ? signups(init?.signal) : undefined,
    );
    return () => {
      restoreFetch();
      localStorage.removeItem(OUTBOX_STORAGE_KEY);
    };
  };
}

const answers = {
  sessions: () => json(200, SESSIONS),
  confirmed: () => json(201, { id: 'voorbeeld-1', status: 'confirmed', session: SESSIONS[0] }),
};

function renderSignup(args: SignupArgs): HTMLElement {
  return createWidget('otd-course-signup', {
    endpoint: ENDPOINT,
    'sessions-src': SESSIONS_SRC,
    'privacy-url': args.privacyUrl,
    lang: args.lang,
    organiser: args.organiser,
    'heading-level': args.headingLevel,
  });
}

// ---------------------------------------------------------------------------------------------
// Filling the form in a play function, through the element's own controls
// ---------------------------------------------------------------------------------------------

async function ready(canvas: HTMLElement): Promise<{ el: OtdCourseSignup; root: ShadowRoot }> {
  const el = widgetIn(canvas, 'otd-course-signup');
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (let i = 0; i < 100 && !root.querySelector('input[name="sessionId"]'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return { el, root };
}

function setText(root: ShadowRoot, id: string, value: string): void {
  const input = root.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function pick(root: ShadowRoot, id: string): void {
  (root.getElementById(id) as HTMLInputElement).click();
}

/** Types the name and e-mail, as the first fields of the form. */
function fillName(root: ShadowRoot): void {
  setText(root, 'firstName', 'Anna');
  setText(root, 'lastName', 'de Vries (voorbeeld)');
  setText(root, 'email', 'anna@example.org');
}

async function fillAndSend(canvas: HTMLElement, session = 'voorbeeld-2025-10-07'): Promise<void> {
  const { el, root } = await ready(canvas);
  fillName(root);
  setText(root, 'organisation', 'Jeugdteam Voorbeeld');
  pick(root, 'domain-jeugdhulp');
  const select = root.getElementById('municipality') as HTMLSelectElement;
  select.value = 'hengelo';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  pick(root, 'skjPoints-no');
  pick(root, `sessionId-${session}`);
  await el.updateComplete;
  root.querySelector('form')!.requestSubmit();
}

// ---------------------------------------------------------------------------------------------

const meta: Meta<SignupArgs> = {
  title: 'Elements/otd-course-signup',
  component: 'otd-course-signup',
  render: (args) => renderSignup(args),
  loaders: [checkStorySessions],
  beforeEach: receiver(answers.sessions, answers.confirmed),
  args: { lang: '', organiser: '', headingLevel: 2, privacyUrl: '/privacy.html' },
  argTypes: {
    lang: LANG_ARG,
    privacyUrl: { control: 'text', description: 'Your privacy statement (http(s) only).' },
    organiser: { control: 'text', description: 'Who processes the data, named in the privacy notice.' },
    headingLevel: headingLevelArg(),
  },
  parameters: componentDocs(
    'otd-course-signup',
    'Sign up for the training day. The form checks with the same schema as the receiver, posts JSON with an ' +
      '`Idempotency-Key`, and keeps the signup on the device until the receiver has answered. In these stories ' +
      'the receiver is played by a stubbed `fetch`; the sessions are examples.',
    {
      states:
        'Empty: Empty. Loading: Sessions Loading, Sending. Content error: Content Error, Sessions Error. ' +
        'Partly done: Partly Filled, Errors Shown. Complete and success: Success, Waiting List Success (the receiver confirms). ' +
        'Queued: Queued (the network is down, the signup waits on the device). Every state applies.',
      screenshot: "The signup on the demo page: the receiver's confirmation after signing up through the form",
    },
  ),
};
export default meta;

type Story = StoryObj<SignupArgs>;

/** The empty form, with three example sessions: one with seats, one with the last seat, one full. */
export const Empty: Story = {};

/** While the sessions load: the form is there, the dates say they are on their way (this receiver never answers). */
export const SessionsLoading: Story = {
  beforeEach: receiver(() => never(), answers.confirmed),
};

/** After pressing "Aanmelden" on an empty form: the error summary has focus and links to each field. */
export const ErrorsShown: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await ready(canvasElement);
    root.querySelector('form')!.requestSubmit();
  },
};

/** Name and e-mail filled in, then "Aanmelden": the error summary lists only the fields still missing. */
export const PartlyFilled: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    fillName(root);
    await el.updateComplete;
    root.querySelector('form')!.requestSubmit();
  },
};

/**
 * While the signup is being sent: the button is busy ("Bezig met versturen…") and cannot be pressed
 * again. This receiver never answers, so after 10 seconds the form gives up and keeps the signup in the outbox.
 */
export const Sending: Story = {
  beforeEach: receiver(answers.sessions, never),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/**
 * The network is down: the signup is kept in this browser's outbox and will be sent automatically
 * (with the same Idempotency-Key) when the connection returns or the page is opened again.
 */
export const Queued: Story = {
  beforeEach: receiver(answers.sessions, () => Promise.reject(new TypeError('Failed to fetch'))),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The receiver has the signup: a confirmation with the date and a "Zet in je agenda" calendar file. */
export const Success: Story = {
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The chosen date filled up meanwhile (409): the form says so, shows the fresh sessions and keeps everything typed. */
export const SessionFilledUp: Story = {
  beforeEach: receiver(answers.sessions, () =>
    json(409, {
      error: 'session_full',
      sessions: SESSIONS.map((s) => (s.id === 'voorbeeld-2025-10-07' ? { ...s, seatsLeft: 0 } : s)),
    }),
  ),
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

/** Every session is full: each is shown as full and cannot be chosen; the waiting list is offered instead. */
export const FullWithWaitingList: Story = {
  beforeEach: receiver(
    () => json(200, ALL_FULL),
    () => json(201, { id: 'voorbeeld-2', status: 'waiting_list' }),
  ),
};

/** Every session full, "Zet me op de wachtlijst" chosen and sent: the receiver puts the person on the waiting list. */
export const WaitingListSuccess: Story = {
  beforeEach: receiver(
    () => json(200, ALL_FULL),
    () => json(201, { id: 'voorbeeld-2', status: 'waiting_list' }),
  ),
  play: async ({ canvasElement }) => fillAndSend(canvasElement, WAITING_LIST),
};

/** The sessions cannot be loaded: a plain message and a retry button. */
export const SessionsError: Story = {
  beforeEach: receiver(
    () => json(503, { error: 'unavailable' }),
    () => json(503, { error: 'unavailable' }),
  ),
};

/** `privacy-url="javascript:alert(1)"`: a readable error names the attribute; the form still works. */
export const ContentError: Story = {
  args: { privacyUrl: 'javascript:alert(1)' },
};

/** In English, from `lang="en"` (an ancestor's `lang` works the same way). */
export const English: Story = {
  args: { lang: 'en', organiser: 'Municipality of Voorbeeld' },
};

/** On a page with the NL Design System voorbeeld theme: the form takes its tokens unchanged. */
export const VoorbeeldTheme: Story = {
  args: { organiser: 'Gemeente Voorbeeld' },
  globals: { theme: 'voorbeeld' },
  // Tells scripts/check-stories.mjs to check this story under its own theme only (a literal: Storybook reads tags from the source).
  tags: ['theme-voorbeeld'],
};
