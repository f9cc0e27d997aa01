/** Joins a template's text. Named css, so the build minifies it as it does Lit's (scripts/rollup-minify-css.mjs). */
const css = (strings: TemplateStringsArray): string => strings.join('');

/**
 * The kick-off's own styles, on the token chain (`--_otd-*`, see src/styles/token-chain.ts). Motion
 * only for readers who have not asked for less: the figure settles in once, and nothing else moves.
 */
export const styles = css`
  :host {
    --_otd-frame-bg: var(--otd-kickoff-background-color, var(--_otd-bg));
    --_otd-frame-border: var(--otd-kickoff-border-color, var(--_otd-border));
  }
  .card {
    background: var(--_otd-frame-bg);
    color: var(--_otd-text);
    border: 1px solid var(--_otd-frame-border);
    border-block-start: 0.375em solid var(--_otd-primary-bg);
    border-radius: var(--_otd-radius);
    padding-block: 1.25em;
    padding-inline: clamp(0.75em, 4vw, 1.5em);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_otd-heading-font);
    font-size: 1.5em;
    line-height: 1.25;
    margin-block: 0 0.5em;
  }
  .figure {
    display: block;
    font-size: 1.75em;
    line-height: 1.1;
  }
  p {
    margin-block: 0 0.75em;
    max-inline-size: 70ch;
  }
  .source,
  .notice {
    color: var(--_otd-text-subtle);
    font-size: 0.9375em;
  }
  fieldset {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    float: inline-start;
    inline-size: 100%;
    margin-block-end: 0.5em;
  }
  .options {
    clear: both;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: var(--_otd-target);
    padding-inline: 0.25em;
    cursor: pointer;
    border-radius: var(--_otd-radius);
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_otd-primary-bg);
  }
  .answered {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.75em;
  }
  .cta,
  .play {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_otd-target);
    padding-block: 0.4em;
    padding-inline: 1.1em;
    border: 2px solid var(--_otd-primary-bg);
    border-radius: var(--_otd-radius);
    background: var(--_otd-primary-bg);
    color: var(--_otd-primary-fg);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .cta:hover,
  .play:hover {
    color: var(--_otd-primary-fg);
    text-decoration: underline;
  }
  .media {
    margin-block-start: 1.25em;
  }
  .video {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 9;
    margin-block-end: 0.5em;
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    overflow: hidden;
  }
  .video > * {
    grid-area: 1 / 1;
  }
  .poster,
  video,
  iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    object-fit: cover;
  }
  video {
    block-size: auto;
    aspect-ratio: 16 / 9;
    background: #000;
  }
  .play {
    position: relative;
    margin: 1em;
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.25em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .figure {
      animation: otd-kickoff-settle 0.5s ease-out both;
    }
  }
  @keyframes otd-kickoff-settle {
    from {
      transform: scale(0.92);
    }
    to {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .cta,
    .play {
      border-color: ButtonText;
    }
  }
`;
