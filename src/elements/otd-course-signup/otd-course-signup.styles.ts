import { css } from 'lit';

export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-course-signup-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-course-signup-border-color, var(--_otd-border));
  }
  [part='error-summary-heading'],
  [part='queued-heading'],
  [part='confirmation-heading'] {
    font-size: 1.25em;
  }
  [part='privacy-heading'] {
    font-size: 1.0625em;
  }
  .intro {
    max-inline-size: 65ch;
  }
  form {
    display: grid;
    gap: 1.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    max-inline-size: 40em;
    margin: 0;
    min-inline-size: 0;
  }
  fieldset.field {
    border: 0;
    padding: 0;
  }
  .field.invalid {
    border-inline-start: 0.25em solid var(--_otd-error);
    padding-inline-start: 0.75em;
  }
  label,
  legend {
    font-weight: 700;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .optional {
    font-weight: 400;
  }
  .hint,
  .count {
    color: var(--_otd-text-subtle);
    margin: 0;
  }
  .note {
    margin: 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    background: var(--_otd-surface);
    border-inline-start: 0.25em solid var(--_otd-border);
  }
  .error {
    color: var(--_otd-error);
    font-weight: 700;
    margin: 0;
  }
  .warning {
    margin: 0;
    font-weight: 700;
    border-inline-start: 0.25em solid var(--_otd-text);
    padding-inline-start: 0.5em;
  }
  .count.over {
    color: var(--_otd-error);
    font-weight: 700;
  }
  .control {
    max-inline-size: 30em;
  }
  .control.medium {
    max-inline-size: 20em;
  }
  .control.short {
    max-inline-size: 12em;
  }
  textarea.control {
    max-inline-size: 40em;
    resize: vertical;
  }
  .invalid .control {
    border-color: var(--_otd-error);
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: start;
  }
  .choice > .hint {
    grid-column: 2;
  }
  .choice input,
  .checkbox input {
    /* Inputs do not inherit the font size; without this, 1.5em is 20px, not 24px (WCAG 2.5.8). */
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.0625em 0 0;
    accent-color: var(--_otd-primary-bg);
  }
  .choice label,
  .checkbox label {
    font-weight: 400;
    cursor: pointer;
    min-block-size: 1.5em;
  }
  .choice.disabled label {
    cursor: default;
    color: var(--_otd-text-subtle);
  }
  /* A session's date, place and seats each on a line; the place and its address stay on one. */
  .choice label > span {
    display: block;
  }
  .seats {
    color: var(--_otd-text-subtle);
  }
  .seats.full {
    font-weight: 700;
  }
  .checkbox {
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
  }
  .checkbox .hint {
    grid-column: 2;
  }
  .conditional {
    display: grid;
    gap: 1.25em;
    border-inline-start: 0.25em solid var(--_otd-border);
    padding-inline-start: 1em;
  }
  .privacy {
    background: var(--_otd-surface);
    border-radius: var(--_otd-radius);
    padding-block: 0.75em;
    padding-inline: 1em;
    max-inline-size: 45em;
  }
  .privacy p {
    margin: 0;
  }
  .hp {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .card {
    position: relative;
  }
  button,
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_otd-target);
    min-inline-size: var(--_otd-target);
    padding-block: 0.25em;
    padding-inline: 1em;
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    border-radius: var(--_otd-radius);
    cursor: pointer;
    text-decoration: none;
  }
  button.primary,
  a.button {
    color: var(--_otd-primary-fg);
    background: var(--_otd-primary-bg);
    border: 2px solid var(--_otd-primary-bg);
  }
  button.primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  button.secondary {
    color: var(--_otd-link);
    background: var(--_otd-bg);
    border: 2px solid currentColor;
  }
  a.button:hover {
    color: var(--_otd-primary-fg);
    text-decoration: underline;
  }
  .error-summary {
    border-radius: var(--_otd-radius);
    margin-block-end: 1.25em;
    max-inline-size: 40em;
  }
  .message,
  .notice {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    background: var(--_otd-surface);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    max-inline-size: 45em;
  }
  .message {
    border-inline-start-color: var(--_otd-error);
  }
  .notice p:last-child {
    margin: 0;
  }
  .outcome {
    border-inline-start: 0.375em solid var(--_otd-primary-bg);
    padding-inline-start: 1em;
    max-inline-size: 45em;
  }
  .sessions-problem p {
    margin-block-end: 0.5em;
  }
  .loading {
    color: var(--_otd-text-subtle);
  }
  @media (pointer: coarse) {
    .control {
      font-size: max(1em, 16px);
    }
  }
  @media (forced-colors: active) {
    button,
    a.button,
    .field.invalid,
    .error-summary {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
  }
  @media print {
    .actions,
    a.button {
      display: none;
    }
  }
`;
