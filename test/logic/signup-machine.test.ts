// The signup form's phases as a pure function: every answer the receiver can give, for the form's own
// signup and for one saved on an earlier page, gives one state and one list of effects.
import { expect } from '@open-wc/testing';
import type { Delivery } from '../../src/logic/signup-courier.js';
import { reduce, type SignupEffect, type SignupEvent } from '../../src/logic/signup-machine.js';
import { emptySignupValues, initialSignupState, type SignupFormValues, type SignupState } from '../../src/logic/signup-state.js';

const ENDPOINT = 'https://opleiding.example.org/api/signups';
const BODY = { firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.org', sessionId: 'hengelo-2025-10-07', lang: 'nl' };
const FILLED: SignupFormValues = { ...emptySignupValues(), firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.org', sessionId: 'hengelo-2025-10-07' };

/** Runs events from a fresh form (key "k1"); returns the last transition. */
function run(events: readonly SignupEvent[], from: SignupState = initialSignupState('k1')) {
  let state = from;
  let effects: readonly SignupEffect[] = [];
  for (const event of events) ({ state, effects } = reduce(state, event));
  return { state, effects };
}

const submit = (over: Partial<Extract<SignupEvent, { type: 'submit' }>> = {}): SignupEvent => ({
  type: 'submit',
  body: BODY,
  endpoint: ENDPOINT,
  cancelled: false,
  newKey: 'k-new',
  ...over,
});

const delivered = (outcome: Delivery, over: Partial<Extract<SignupEvent, { type: 'delivered' }>> = {}): SignupEvent => ({
  type: 'delivered',
  entry: { key: 'k1', body: BODY },
  outcome,
  fromOutbox: false,
  focus: true,
  busy: false,
  persistent: true,
  newKey: 'k-next',
  ...over,
});

const filled = (): SignupState => ({ ...initialSignupState('k1'), values: FILLED });
const names = (effects: readonly SignupEffect[]) => effects.map((e) => (e.type === 'dispatch' ? e.name : e.type));

describe('reduce: submitting', () => {
  it('a valid form goes to sending with its key, and asks for one send', () => {
    const { state, effects } = run([submit()], filled());
    expect(state.phase).to.equal('sending');
    expect(state.draft).to.deep.equal({ key: 'k1', sentBody: JSON.stringify(BODY) });
    expect(effects).to.deep.equal([{ type: 'send', entry: { key: 'k1', endpoint: ENDPOINT, body: BODY } }]);
  });

  it('the same body sent again keeps its key; a changed body gets the new one', () => {
    const sent = { ...filled(), draft: { key: 'k1', sentBody: JSON.stringify(BODY) } };
    expect(run([submit()], sent).state.draft.key).to.equal('k1');
    expect(run([submit({ body: { ...BODY, firstName: 'Bram' } })], sent).state.draft.key).to.equal('k-new');
  });

  it('a page that takes over (cancel) leaves the form as it is, with nothing sent', () => {
    const { state, effects } = run([submit({ cancelled: true })], filled());
    expect(state.phase).to.equal('form');
    expect(effects).to.deep.equal([]);
  });

  it('without an endpoint, says so and moves focus to the message', () => {
    const { state, effects } = run([submit({ endpoint: null })], filled());
    expect(state.message).to.equal('noEndpoint');
    expect(effects).to.deep.equal([{ type: 'focus', target: 'message' }]);
  });

  it('a second submit while sending does nothing', () => {
    const { state, effects } = run([submit(), submit()], filled());
    expect(state.phase).to.equal('sending');
    expect(effects).to.deep.equal([]);
  });

  it('refused by the rules: every error, the summary, focus on it', () => {
    const { state, effects } = run([{ type: 'refused', errors: [{ field: 'email', kind: 'email' }, { field: 'domain', kind: 'choose' }] }]);
    expect([...state.errors]).to.deep.equal([['email', 'email'], ['domain', 'choose']]);
    expect(state.summaryShown).to.equal(true);
    expect(effects).to.deep.equal([{ type: 'focus', target: 'summary' }]);
  });
});

describe('reduce: editing and checking fields', () => {
  it('records the value and the field as touched; checks it again only when it shows an error', () => {
    let t = run([{ type: 'edit', field: 'email', value: 'anna@' }]);
    expect(t.state.values.email).to.equal('anna@');
    expect([...t.state.touched]).to.deep.equal(['email']);
    expect(t.effects).to.deep.equal([]);
    t = run([{ type: 'checked', fields: ['email'], errors: [{ field: 'email', kind: 'email' }], skjNumberUnusual: false }, { type: 'edit', field: 'email', value: 'anna@example.org' }], t.state);
    expect(t.effects).to.deep.equal([{ type: 'check', fields: ['email'] }]);
  });

  it('a check updates only the fields it names', () => {
    const before = run([{ type: 'refused', errors: [{ field: 'email', kind: 'email' }, { field: 'domain', kind: 'choose' }] }]).state;
    const { state } = run([{ type: 'checked', fields: ['email'], errors: [{ field: 'domain', kind: 'choose' }], skjNumberUnusual: false }], before);
    expect([...state.errors]).to.deep.equal([['domain', 'choose']]);
  });

  it('"Nee" to SKJ points drops the SKJ errors and the warning', () => {
    const withSkj = run([
      { type: 'edit', field: 'skjPoints', value: 'yes' },
      { type: 'edit', field: 'skjNumber', value: '1234' },
      { type: 'refused', errors: [{ field: 'skjChamber', kind: 'choose' }] },
      { type: 'checked', fields: ['skjNumber'], errors: [{ field: 'skjChamber', kind: 'choose' }], skjNumberUnusual: true },
    ]).state;
    expect(withSkj.skjWarning).to.equal(true);
    const { state } = run([{ type: 'edit', field: 'skjPoints', value: 'no' }], withSkj);
    expect(state.errors.has('skjChamber')).to.equal(false);
    expect(state.skjWarning).to.equal(false);
  });

  it('ignores edits once the form is gone (queued or confirmed)', () => {
    const queued = { ...filled(), phase: 'queued' as const };
    expect(run([{ type: 'edit', field: 'firstName', value: 'X' }], queued).state).to.equal(queued);
  });
});

describe('reduce: the answer for the form\'s own signup', () => {
  const sending = () => run([submit()], filled()).state;

  it('confirmed: the confirmation, an empty form with a fresh key, the event, focus on the confirmation', () => {
    const { state, effects } = run([delivered({ kind: 'success', httpStatus: 201, id: 's-1', status: 'confirmed' })], sending());
    expect(state.phase).to.equal('success');
    expect(state.confirmation).to.deep.equal({ status: 'confirmed', id: 's-1', key: 'k1' });
    expect(state.values).to.deep.equal(emptySignupValues());
    expect(state.draft).to.deep.equal({ key: 'k-next' });
    expect(effects).to.deep.equal([
      {
        type: 'dispatch',
        name: 'otd-signup-success',
        detail: { id: 's-1', status: 'confirmed', sessionId: 'hengelo-2025-10-07', idempotencyKey: 'k1', fromOutbox: false },
      },
      { type: 'focus', target: 'confirmation' },
    ]);
  });

  it('waiting list, sent later from the outbox while the person is elsewhere: announced, not focused', () => {
    const { state, effects } = run(
      [delivered({ kind: 'success', httpStatus: 201, id: 's-2', status: 'waiting_list' }, { fromOutbox: true, focus: false })],
      { ...sending(), phase: 'queued' },
    );
    expect(state.confirmation?.status).to.equal('waiting_list');
    expect(effects.at(-1)).to.deep.equal({ type: 'announce', message: 'successHeading' });
    expect((effects[0] as { detail: { fromOutbox: boolean } }).detail.fromOutbox).to.equal(true);
  });

  it('no answer: queued once (the event and focus), then quietly on every later failure', () => {
    const first = run([delivered({ kind: 'retry', reason: 'network' }, { persistent: false })], sending());
    expect(first.state.phase).to.equal('queued');
    expect(first.state.queuedPersistent).to.equal(false);
    expect(first.effects).to.deep.equal([
      { type: 'dispatch', name: 'otd-signup-queued', detail: { idempotencyKey: 'k1', reason: 'network', persistent: false } },
      { type: 'focus', target: 'queued' },
    ]);
    const again = run([delivered({ kind: 'retry', reason: 'server', httpStatus: 503 }, { fromOutbox: true })], first.state);
    expect(again.effects).to.deep.equal([]);
  });

  const refusals: readonly [
    name: string,
    outcome: Delivery,
    reason: string,
    check: (state: SignupState, effects: readonly SignupEffect[]) => void,
  ][] = [
    [
      '409 full: the choice cleared, fresh sessions, the error at the field',
      { kind: 'full', httpStatus: 409, sessions: [] },
      'session_full',
      (state, effects) => {
        expect(state.values.sessionId).to.equal('');
        expect([...state.errors]).to.deep.equal([['sessionId', 'session_full']]);
        expect(effects[0]).to.deep.equal({ type: 'refresh-sessions', fresh: [] });
        expect(effects.at(-1)).to.deep.equal({ type: 'focus', target: 'summary' });
      },
    ],
    [
      '422 on the session: the choice cleared and the sessions loaded again',
      { kind: 'invalid', httpStatus: 422, errors: [{ field: 'sessionId', kind: 'choose', message: '' }] },
      'invalid',
      (state, effects) => {
        expect(state.values.sessionId).to.equal('');
        expect(effects[0]).to.deep.equal({ type: 'refresh-sessions' });
      },
    ],
    [
      '422 on a field: the error at the field, everything typed kept',
      { kind: 'invalid', httpStatus: 422, errors: [{ field: 'email', kind: 'email', message: '' }] },
      'invalid',
      (state) => {
        expect(state.values).to.deep.equal(FILLED);
        expect([...state.errors]).to.deep.equal([['email', 'email']]);
      },
    ],
    [
      '422 key reused: a new key and the message',
      { kind: 'key_reused', httpStatus: 422 },
      'rejected',
      (state) => {
        expect(state.draft).to.deep.equal({ key: 'k-next' });
        expect(state.message).to.equal('keyReused');
      },
    ],
    ['400: the message with the status', { kind: 'rejected', httpStatus: 400 }, 'rejected', (state) => expect(state.message).to.deep.equal({ rejected: 400 })],
    ['409 already signed up: the message', { kind: 'duplicate', httpStatus: 409 }, 'already_signed_up', (state) => expect(state.message).to.equal('duplicate')],
    [
      '429 seat limit: the message with the wait in whole minutes, rounded up',
      { kind: 'limited', httpStatus: 429, retryAfterSeconds: 61 },
      'seat_limit',
      (state) => expect(state.message).to.deep.equal({ limited: 2 }),
    ],
  ];
  for (const [name, outcome, reason, check] of refusals) {
    it(`${name}; back to the form, and otd-signup-error with reason ${reason}`, () => {
      const { state, effects } = run([delivered(outcome)], sending());
      expect(state.phase).to.equal('form');
      const error = effects.find((e) => e.type === 'dispatch') as Extract<SignupEffect, { name: 'otd-signup-error' }>;
      expect(error.name).to.equal('otd-signup-error');
      expect(error.detail.reason).to.equal(reason);
      expect(error.detail.httpStatus).to.equal(outcome.kind === 'expired' ? undefined : outcome.httpStatus);
      expect(error.detail.idempotencyKey).to.equal('k1');
      expect(error.detail.fromOutbox).to.equal(false);
      check(state, effects);
    });
  }
});

describe('reduce: the answer for a signup saved on an earlier page', () => {
  const earlier = (outcome: Delivery, over: Partial<Extract<SignupEvent, { type: 'delivered' }>> = {}) =>
    delivered(outcome, { entry: { key: 'k-old', body: BODY }, fromOutbox: true, focus: false, ...over });

  it('sent: a notice, the event, an announcement; the form is left alone', () => {
    const before = filled();
    const { state, effects } = run([earlier({ kind: 'success', httpStatus: 201, id: 's-9', status: 'confirmed' })], before);
    expect(state.values).to.equal(before.values);
    expect(state.notices).to.deep.equal([{ kind: 'sent', confirmation: { status: 'confirmed', id: 's-9', key: 'k-old' } }]);
    expect(names(effects)).to.deep.equal(['otd-signup-success', 'announce']);
  });

  it('refused while the form is empty: the saved signup comes back into the form, nothing lost', () => {
    const { state, effects } = run([earlier({ kind: 'full', httpStatus: 409 })]);
    expect(state.values).to.deep.equal({ ...emptySignupValues(), firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.org', sessionId: '' });
    expect(state.draft).to.deep.equal({ key: 'k-old', sentBody: JSON.stringify(BODY) });
    expect(state.message).to.equal('restored');
    expect(names(effects)).to.deep.equal(['refresh-sessions', 'otd-signup-error', 'announce']);
    expect(effects.some((e) => e.type === 'focus')).to.equal(false);
  });

  it('refused while the person is typing (or checking a submit): a notice, the form untouched', () => {
    for (const [before, busy] of [[filled(), false], [initialSignupState('k1'), true]] as const) {
      const { state, effects } = run([earlier({ kind: 'rejected', httpStatus: 400 }, { busy })], before);
      expect(state.values).to.equal(before.values);
      expect(state.notices).to.deep.equal([{ kind: 'failed' }]);
      expect(names(effects)).to.deep.equal(['otd-signup-error', 'announce']);
    }
  });

  it('expired: back into an empty form with the expired message', () => {
    const { state, effects } = run([earlier({ kind: 'expired' })]);
    expect(state.message).to.equal('expired');
    expect(effects.at(-1)).to.deep.equal({ type: 'announce', message: 'expired' });
    const error = effects.find((e) => e.type === 'dispatch') as Extract<SignupEffect, { name: 'otd-signup-error' }>;
    expect(error.detail).to.deep.equal({ reason: 'expired', idempotencyKey: 'k-old', fromOutbox: true });
  });

  it('no answer yet: nothing changes', () => {
    const before = filled();
    expect(run([earlier({ kind: 'retry', reason: 'network' })], before)).to.deep.equal({ state: before, effects: [] });
  });
});
