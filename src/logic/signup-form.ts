import type { Lang } from '../content/model.js';
import type { SignupDraft, SignupFormValues } from './signup-state.js';

/**
 * The form's values as the signup to check and send: empty optional fields left out, the SKJ
 * number and register section only when the person wants points (data minimisation), the SKJ
 * number normalised by the schema's own rule.
 */
export function toSignupInput(
  values: SignupFormValues,
  lang: Lang,
  normaliseSkjNumber: (value: string) => string,
): Record<string, unknown> {
  const input: Record<string, unknown> = {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    organisation: values.organisation,
  };
  if (values.phone.trim()) input['phone'] = values.phone;
  if (values.domain) input['domain'] = values.domain;
  if (values.municipality) input['municipality'] = values.municipality;
  if (values.educationLevel) input['educationLevel'] = values.educationLevel;
  if (values.skjPoints) input['skjPoints'] = values.skjPoints === 'yes';
  if (values.skjPoints === 'yes') {
    if (values.skjNumber.trim()) input['skjNumber'] = normaliseSkjNumber(values.skjNumber);
    if (values.skjChamber) input['skjChamber'] = values.skjChamber;
  }
  input['sessionId'] = values.sessionId;
  if (values.remarks.trim()) input['remarks'] = values.remarks;
  input['newsOptIn'] = values.newsOptIn;
  input['lang'] = lang;
  input['website'] = values.website;
  return input;
}

/** A sent (or saved) signup back into the form, to let the person check it and send it again. */
export function fromSignupBody(body: Readonly<Record<string, unknown>>): SignupFormValues {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
  return {
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    phone: text('phone'),
    organisation: text('organisation'),
    domain: text('domain'),
    municipality: text('municipality'),
    educationLevel: text('educationLevel'),
    skjPoints: body['skjPoints'] === true ? 'yes' : body['skjPoints'] === false ? 'no' : '',
    skjNumber: text('skjNumber'),
    skjChamber: text('skjChamber'),
    sessionId: text('sessionId'),
    remarks: text('remarks'),
    newsOptIn: body['newsOptIn'] === true,
    website: text('website'),
  };
}

/**
 * The draft to send `body` with. The key stays as long as the body is the same, so a retry is
 * recognised by the receiver; a changed body (after the receiver refused the first one) gets a new
 * key, because the receiver refuses the same key with another body.
 */
export function draftFor(draft: SignupDraft, body: string, newKey: () => string): SignupDraft {
  if (draft.sentBody === undefined || draft.sentBody === body) return { key: draft.key, sentBody: body };
  return { key: newKey(), sentBody: body };
}
