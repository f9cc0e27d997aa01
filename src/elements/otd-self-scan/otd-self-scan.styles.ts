import { css } from 'lit';

export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-self-scan-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-self-scan-border-color, var(--_otd-border));
  }
  [part='step-heading'] {
    font-size: 1.25em;
  }
  p {
    margin-block: 0 0.75em;
    max-inline-size: 70ch;
  }
  form {
    display: block;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_otd-primary-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  button {
    font: inherit;
    min-block-size: var(--_otd-target);
    padding-block: 0.4em;
    padding-inline: 1.1em;
    border-radius: var(--_otd-radius);
    border: 2px solid var(--_otd-primary-bg);
    background: var(--_otd-bg);
    color: var(--_otd-primary-bg);
    cursor: pointer;
    font-weight: 700;
  }
  button.primary {
    background: var(--_otd-primary-bg);
    color: var(--_otd-primary-fg);
  }
  button:hover {
    text-decoration: underline;
  }
  .link-button {
    border: 0;
    background: none;
    color: var(--_otd-link);
    text-decoration: underline;
    padding-inline: 0.25em;
    font-weight: 400;
  }
  .handover {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.75em;
  }
  .storage {
    border-block-start: 1px solid var(--_otd-separator);
    padding-block-start: 0.75em;
    margin-block-start: 1em;
    font-size: 0.9375em;
  }
  .keep {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: var(--_otd-target);
    cursor: pointer;
  }

`;
