import { css, html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../content/default/mandatory-self-study.js';
import { DEFAULT_SURVEY } from '../../content/default/survey.js';
import type { AgreementAnswer, AspectId, Lang, YesNoMaybe } from '../../content/model.js';
import { buildScanResult, formatPct, INSUFFICIENT, isComplete, peerFigures, type ScanAnswers } from '../../logic/scan.js';
import type { PeerFigures, ScanResult } from '../../logic/scan-result.js';
import { heading } from '../../internal/heading.js';
import type { SelfScanMessages } from './otd-self-scan.messages.js';

/**
 * The scan's result, loaded when the person reaches the last question (prefetched there): the
 * result computed from the answers and the 2022 survey, and its view (what to work on, the chart
 * with the same data as its table, the answers beside the colleagues' figures, the next steps).
 */

export interface ResultContext {
  readonly m: SelfScanMessages;
  readonly lang: Lang;
  readonly result: ScanResult;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly onFocusWidget: (tag: 'otd-resource-recommender' | 'otd-escalation-card') => void;
  readonly onPrint: () => void;
  readonly onRestart: () => void;
  /** The storage choice and "Wis mijn antwoorden", as the element renders them. */
  readonly storage: TemplateResult;
}

/** The result of complete answers for these aspects, in `lang`; undefined while an answer is missing. */
export function computeResult(answers: ScanAnswers, aspects: readonly AspectId[], lang: Lang): ScanResult | undefined {
  if (!isComplete(answers, aspects)) return undefined;
  return buildScanResult(DEFAULT_SURVEY, aspects, MANDATORY_SELF_STUDY_ASPECTS, answers, lang);
}

function aspectName(ctx: ResultContext, id: AspectId): string {
  return DEFAULT_ASPECTS.find((a) => a.id === id)!.name[ctx.lang];
}

function answerLabel(ctx: ResultContext, scale: 'agreement' | 'yes_no_maybe', id: string): string {
  return DEFAULT_SURVEY.scales[scale].find((o) => o.id === id)?.label[ctx.lang] ?? id;
}

/** "Oneens (onvoldoende)": the answer and what it means for the person's knowledge. */
function competenceLabel(ctx: ResultContext, answer: AgreementAnswer): string {
  const m = ctx.m;
  return `${answerLabel(ctx, 'agreement', answer)} (${INSUFFICIENT.includes(answer) ? m.insufficient : m.sufficient})`;
}

/**
 * The chart: per aspect its name and the share of colleagues in HTML (so they wrap and grow with
 * the reader's text size), over a bar drawn in SVG. The SVG has no viewBox: its lengths are
 * percentages of the bar's width and `em`s of the text size, so it grows with the text too, and its
 * geometry stays in attributes (a strict CSP allows no inline styles).
 */
function renderChart(ctx: ResultContext, result: ScanResult): TemplateResult {
  const m = ctx.m;
  const lang = ctx.lang;
  const rows = result.aspects.map((a) => {
    const insufficient = INSUFFICIENT.includes(a.competence);
    const p = a.peers.insufficientPct;
    // Your marker sits in the middle of the part your answer falls in: insufficient or not.
    const you = insufficient ? p / 2 : p + (100 - p) / 2;
    const g = a.peers.groupInsufficientPct;
    return html`
      <li class="bar-row">
        <span class="bar-label">${aspectName(ctx, a.id)}</span>
        <span class="bar-pct">${formatPct(p, lang)}</span>
        <svg class="bar" focusable="false">
          <rect class="track" x="0" y="1.1em" width="100%" height="1.25em"></rect>
          <rect class="peers" x="0" y="1.1em" width=${`${p}%`} height="1.25em"></rect>
          <line class="group" x1=${`${g}%`} x2=${`${g}%`} y1="0.8em" y2="2.65em"></line>
          <svg x=${`${you}%`} overflow="visible">
            <svg x="-0.45em" y="0.1em" width="0.9em" height="0.65em" viewBox="0 0 14 10" overflow="visible">
              <path class="you" d="M 0 0 h 14 l -7 10 z"></path>
            </svg>
            <text class="you-label" x=${you > 50 ? '-0.65em' : '0.65em'} y="0.7em" text-anchor=${you > 50 ? 'end' : 'start'}>${m.you}</text>
          </svg>
        </svg>
      </li>
    `;
  });
  return html`
    <figure class="chart ${ctx.showTable ? 'as-table' : ''}" part="chart">
      <figcaption>${m.chartTitle}</figcaption>
      <ul class="legend" aria-hidden="true">
        <li><span class="key peers"></span>${m.chartLegendPeers}</li>
        <li><span class="key group"></span>${m.chartLegendGroup}</li>
        <li><span class="key you"></span>${m.chartLegendYou}</li>
      </ul>
      <div class="bars" aria-hidden="true">
        <ul>
          ${rows}
        </ul>
        <p class="axis"><span>0%</span><span>50%</span><span>100%</span></p>
      </div>
      ${renderTable(ctx, result)}
    </figure>
    <button type="button" class="link-button" part="button" aria-pressed=${ctx.showTable ? 'true' : 'false'} @click=${ctx.onToggleTable}>
      ${m.showTable}
    </button>
  `;
}

function renderTable(ctx: ResultContext, result: ScanResult): TemplateResult {
  const m = ctx.m;
  const lang = ctx.lang;
  // The wrapper, not the table, is hidden: a table ignores the 1px box and would widen the page.
  // Shown, the wrapper scrolls sideways on a narrow screen, so it takes focus for the arrow keys.
  return html`
    <div
      class=${ctx.showTable ? 'table-wrap' : 'visually-hidden'}
      role=${ctx.showTable ? 'region' : nothing}
      aria-labelledby=${ctx.showTable ? 'table-caption' : nothing}
      tabindex=${ctx.showTable ? '0' : nothing}
    >
    <table class="data">
      <caption id="table-caption">${m.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.colAspect}</th>
          <th scope="col">${m.colYou}</th>
          <th scope="col">${m.colPeers(DEFAULT_SURVEY.n)}</th>
          <th scope="col">${m.colGroup}</th>
        </tr>
      </thead>
      <tbody>
        ${result.aspects.map(
          (a) => html`
            <tr>
              <th scope="row">${aspectName(ctx, a.id)}</th>
              <td>${competenceLabel(ctx, a.competence)}</td>
              <td>${formatPct(a.peers.insufficientPct, lang)}</td>
              <td>${formatPct(a.peers.groupInsufficientPct, lang)} (n = ${a.peers.groupN})</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
    </div>
  `;
}

function renderFocus(ctx: ResultContext, result: ScanResult, level: number): TemplateResult {
  const m = ctx.m;
  return html`
    <section class="focus" aria-labelledby="focus-title">
      ${heading(level, m.focusTitle, { id: 'focus-title' })}
      ${result.focus.length
        ? html`<ol>
            ${result.focus.map((id) => {
              const a = result.aspects.find((x) => x.id === id)!;
              const why = a.reasons.map((r) => m.focusWhy[r.question]);
              return html`<li>
                <strong>${aspectName(ctx, id)}</strong>:
                ${why.join('; ')}${a.mandatory ? html` <span class="badge">${m.mandatory}</span>` : nothing}
              </li>`;
            })}
          </ol>`
        : html`<p>${m.focusNone}</p>`}
    </section>
  `;
}

function renderAnswers(ctx: ResultContext, result: ScanResult, level: number): TemplateResult {
  const m = ctx.m;
  const lang = ctx.lang;
  const group = DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === result.frequency)!;
  const groupName = group.option[lang].toLowerCase();
  const general = peerFigures(DEFAULT_SURVEY, 'general', result.frequency);
  const block = (
    title: string,
    competence: AgreementAnswer,
    peers: PeerFigures,
    extra: TemplateResult | typeof nothing,
    mandatory = false,
  ) => html`
    <li class="aspect-result">
      ${heading(level + 1, title)}
      ${mandatory ? html`<p><span class="badge">${m.mandatory}</span></p>` : nothing}
      <ul class="answers">
        <li>${m.competenceAnswer(competenceLabel(ctx, competence))}</li>
        ${extra}
      </ul>
      <p>${m.peersOverall(formatPct(peers.insufficientPct, lang), DEFAULT_SURVEY.n)}
        ${m.peersGroup(formatPct(peers.groupInsufficientPct, lang), groupName, peers.groupN)}</p>
      ${peers.smallGroup ? html`<p class="hint">${m.smallGroup(peers.groupN)}</p>` : nothing}
    </li>
  `;
  return html`
    <section aria-labelledby="answers-title">
      ${heading(level, m.yourAnswers, { id: 'answers-title' })}
      <ul class="aspect-results" role="list">
        ${block(m.generalTitle, result.general, general, nothing)}
        ${result.aspects.map((a) =>
          block(
            aspectName(ctx, a.id),
            a.competence,
            a.peers,
            html`<li>${m.knowledgeSourceAnswer(answerLabel(ctx, 'yes_no_maybe', a.knowledgeSource as YesNoMaybe))}</li>
              <li>${m.escalationAnswer(answerLabel(ctx, 'yes_no_maybe', a.escalation as YesNoMaybe))}</li>`,
            a.mandatory,
          ),
        )}
      </ul>
    </section>
  `;
}

/** The result: what to work on, the chart, the answers beside the colleagues' figures, the next steps. */
export function renderResult(ctx: ResultContext, level: number): TemplateResult {
  const m = ctx.m;
  const result = ctx.result;
  const group = DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === result.frequency)!;
  const hasRecommender = Boolean(document.querySelector('otd-resource-recommender'));
  const hasCard = Boolean(document.querySelector('otd-escalation-card'));
  return html`
    <div class="result" part="result">
      ${heading(level, m.resultTitle, { id: 'step-heading', part: 'step-heading', focusable: true })}
      <p>${m.resultIntro(group.option[ctx.lang].toLowerCase(), DEFAULT_SURVEY.n)}</p>
      ${renderFocus(ctx, result, level + 1)} ${renderChart(ctx, result)} ${renderAnswers(ctx, result, level + 1)}
      <section class="next" aria-labelledby="next-title">
        ${heading(level + 1, m.nextStepsTitle, { id: 'next-title' })}
        <div class="actions" part="actions">
          ${hasRecommender
            ? html`<button type="button" class="primary" part="button" @click=${() => ctx.onFocusWidget('otd-resource-recommender')}>
                ${m.toResources}
              </button>`
            : nothing}
          ${hasCard
            ? html`<button type="button" part="button" @click=${() => ctx.onFocusWidget('otd-escalation-card')}>${m.toContacts}</button>`
            : nothing}
          <button type="button" part="button" @click=${ctx.onPrint}>${m.print}</button>
          <button type="button" part="button" @click=${ctx.onRestart}>${m.restart}</button>
        </div>
      </section>
      ${ctx.storage}
    </div>
  `;
}

/** What only the result draws: the chart, the table, the answers, forced colours and print. */
export const styles = css`
  .result section > :is(h3, h4, h5, h6):first-child,
  .result section > :is(h3, h4, h5, h6) {
    font-size: 1.125em;
    margin-block-start: 1.25em;
  }
  .aspect-result > :is(h3, h4, h5, h6) {
    font-size: 1em;
  }
  .focus ol {
    padding-inline-start: 1.5em;
  }
  .focus li {
    margin-block-end: 0.35em;
  }
  .chart {
    margin: 1em 0 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
  }
  figcaption {
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    display: inline-block;
    inline-size: 1.1em;
    block-size: 0.8em;
    border: 1px solid var(--_otd-text);
  }
  .key.peers {
    background: var(--otd-self-scan-chart-peers-color, var(--_otd-primary-bg));
  }
  .key.group {
    inline-size: 0;
    border: 0;
    border-inline-start: 3px dashed var(--_otd-text);
  }
  .key.you {
    inline-size: 0;
    block-size: 0;
    border: 0.45em solid transparent;
    border-block-start: 0.6em solid var(--otd-self-scan-chart-you-color, #b35900);
    border-block-end: 0;
  }
  .bars {
    max-inline-size: 42em;
  }
  .bars ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
    margin-block-start: 0.5em;
  }
  .bar-label {
    font-weight: 700;
  }
  svg.bar {
    display: block;
    flex: 1 0 100%;
    inline-size: 100%;
    block-size: 2.75em;
    overflow: visible;
    font-family: inherit;
  }
  svg .track {
    fill: var(--_otd-bg);
    stroke: var(--_otd-text);
    stroke-width: 1;
  }
  svg .peers {
    fill: var(--otd-self-scan-chart-peers-color, var(--_otd-primary-bg));
  }
  svg .group {
    stroke: var(--_otd-text);
    stroke-width: 3;
    stroke-dasharray: 4 3;
  }
  svg .you {
    fill: var(--otd-self-scan-chart-you-color, #b35900);
    stroke: var(--_otd-text);
    stroke-width: 1;
  }
  svg .you-label {
    fill: var(--_otd-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .axis {
    max-inline-size: none;
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .axis :last-child {
    text-align: end;
  }
  .chart.as-table ul.legend,
  .chart.as-table .bars {
    display: none;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table.data {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375em;
  }
  table.data caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  table.data th,
  table.data td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_otd-separator);
  }
  .aspect-results {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .aspect-result {
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
    background: var(--_otd-surface);
    padding: 0.75em 1em;
  }
  .aspect-result .answers {
    margin: 0 0 0.5em;
    padding-inline-start: 1.1em;
  }
  @media (forced-colors: active) {
    svg .peers,
    .key.peers {
      fill: CanvasText;
      background: CanvasText;
    }
    svg .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg .you {
      fill: Highlight;
      stroke: CanvasText;
    }
    .key.you {
      border-block-start-color: Highlight;
    }
    svg .group {
      stroke: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
  @media print {
    .actions,
    .storage,
    .link-button,
    .progress {
      display: none !important;
    }
    .chart,
    .aspect-result {
      break-inside: avoid;
    }
    svg .peers,
    .key.peers,
    svg .you {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
