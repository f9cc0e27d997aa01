import type { SignupOutcomeMessages } from './otd-course-signup.outcome-messages.js';

export const en: SignupOutcomeMessages = {
  errorPrefix: 'Error:',
  warningPrefix: 'Note:',
  summaryHeading: 'There is a problem',
  summaryFieldUnknown: (field) => `The field "${field}" was not accepted. Please try again later.`,
  errors: {
    firstName: {
      required: 'Enter your first name',
      too_long: 'Your first name must be 100 characters or fewer',
      control_chars: 'Your first name contains a character that cannot be saved, such as a tab',
    },
    lastName: {
      required: 'Enter your last name',
      too_long: 'Your last name must be 100 characters or fewer',
      control_chars: 'Your last name contains a character that cannot be saved, such as a tab',
    },
    email: {
      required: 'Enter your email address',
      email: 'Enter an email address like name@organisation.nl',
      too_long: 'Your email address must be 254 characters or fewer',
      control_chars: 'Your email address contains a character that cannot be saved, such as a tab',
    },
    phone: {
      phone: 'Enter a phone number like 053 481 1234, or leave this field empty',
      control_chars: 'Your phone number contains a character that cannot be saved, such as a tab',
    },
    organisation: {
      required: 'Enter your organisation',
      too_long: 'The name of your organisation must be 200 characters or fewer',
      control_chars: 'The name of your organisation contains a character that cannot be saved, such as a tab',
    },
    domain: { required: 'Choose your field of work', choose: 'Choose your field of work' },
    municipality: { required: 'Choose the municipality where you work', choose: 'Choose the municipality where you work' },
    educationLevel: { choose: 'Choose your level of education, or skip this question' },
    skjPoints: { required: 'Choose whether you want to receive SKJ points' },
    skjNumber: {
      required: 'Enter your SKJ registration number, or choose "No" for SKJ points',
      skj_number: 'An SKJ registration number has digits only',
      control_chars: 'An SKJ registration number has digits only',
    },
    skjChamber: { required: 'Choose the section you are registered in', choose: 'Choose the section you are registered in' },
    sessionId: {
      required: 'Choose a training date',
      choose: 'Choose a training date',
      session_full: 'The date you chose has just filled up. Choose another date.',
    },
    remarks: {
      too_long: 'Your remarks must be 500 characters or fewer',
      control_chars: 'Your remarks contain a character that cannot be saved, such as a tab. Line breaks are fine',
    },
  },
  errorFallback: {
    required: 'Fill in this field',
    email: 'Enter a valid email address',
    phone: 'Enter a valid phone number',
    too_long: 'This is too long',
    choose: 'Make a choice',
    skj_number: 'Use digits only',
    control_chars: 'This field contains a character that cannot be saved, such as a tab',
    unknown: 'This field is not right',
    session_full: 'This date is full',
  },
  noEndpoint: 'This form is not set up correctly: it has no address to send your signup to. Please contact the organiser.',
  rejected: (status) =>
    `Your signup could not be sent (error code ${status}). What you filled in is still here. Try again later or contact the organiser.`,
  keyReused: 'Something went wrong while sending. What you filled in is still here: send your signup again.',
  limited: (minutes) =>
    `Several places on this date have already been booked from this internet connection in the last hour. What you filled in is still here. Try again ${minutes === undefined ? 'later' : minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`}, choose another date, or contact the organiser.`,
  duplicate:
    'Someone with this email address is already signed up for this date. You do not need to sign up again. Want to change something? Please contact the organiser.',
  restored: 'This signup was saved on this device earlier but could not be processed. Check the details and send it again.',
  expired: 'This signup was saved on this device but could not be sent for a week. Check the details and send it again.',
  queuedHeading: 'Your signup is saved',
  queued:
    'Sending does not work right now. Your signup is saved on this device and will be sent automatically as soon as it works again, also when you open this page again later. You do not need to fill anything in again.',
  queuedMemory:
    'Sending does not work right now, and your browser does not let us save your signup on this device. Keep this page open: we will try again automatically.',
  pending: (names) =>
    `A signup is still waiting on this device (${names}). It will be sent automatically as soon as that works. You do not need to sign up again.`,
  sentLater: 'Your signup that was saved earlier has now been sent.',
  failedLater: 'A signup that was saved earlier could not be processed. Please sign up again, or contact the organiser.',
  successHeading: 'You are signed up',
  waitingListHeading: 'You are on the waiting list',
  successFor: (when) => `We have received your signup for the training on ${when}.`,
  success: 'We have received your signup.',
  waitingListFor: (when) => `You are on the waiting list for ${when}. We will contact you when a place becomes free.`,
  waitingListGeneral: 'We will contact you when a place becomes free or a new date is planned.',
  addToCalendar: 'Add to your calendar',
  calendarFile: '(calendar file, .ics)',
  calendarSummary: 'Training on complex divorce (Op tijd dichterbij)',
  calendarDescription: 'We have received your signup for this training.',
};
