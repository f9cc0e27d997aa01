import type { BaseMessages } from './messages.js';

export const en: BaseMessages = {
  loading: 'Loading content…',
  contentProblemTitle: 'Part of the content of this widget is not valid and is not shown.',
  contentProblemHint: 'For the editor of this page:',
  loadFailed: (status) => `The content could not be loaded (${status}).`,
  notJson: 'The content file is not valid JSON.',
  badSource: 'The address in content-src must start with https:// or http://.',
  wholeFile: 'the file',
  issue: {
    unsafe_url: 'only http(s), mailto and tel links are allowed',
    web_url: 'must be a full web address starting with https://',
    phone: 'not a valid Dutch phone number (for example 053 481 1234 or 0800-2000)',
    empty: 'must not be empty',
    id: 'use lower case letters, digits, dots, dashes or underscores',
    channel: 'give at least a phone number, an e-mail address or a website',
    unknownKey: 'unknown field',
    missing: 'is missing or has the wrong type',
    oneOf: (values) => `choose one of: ${values}`,
    unknownValue: (value) => `"${value}" is unknown`,
    email: 'not a valid e-mail address',
    other: 'invalid value',
  },
};
