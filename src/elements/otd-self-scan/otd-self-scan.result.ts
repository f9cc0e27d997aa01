import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../content/default/mandatory-self-study.js';
import { DEFAULT_SURVEY } from '../../content/default/survey.js';
import {
  AGREEMENT_ANSWERS,
  QUESTION_KINDS,
  YES_NO_MAYBE_ANSWERS,
  intlLocale,
  type AgreementAnswer,
  type AspectId,
  type Lang,
  type QuestionKind,
  type YesNoMaybe,
} from '../../content/model.js';
import {
  buildScanResult,
  formatPct,
  INSUFFICIENT,
  isComplete,
  peerFigures,
  questionFigures,
  type ComputedScanResult,
  type ScanAnswers,
} from '../../logic/scan.js';
import type { AnswerShares, AspectFigures, QuestionFigures } from '../../logic/scan-result.js';
import { choosePeers, type PeersChoice } from '../../logic/scan-peers.js';
import { parseSurveySummary, type SurveySummary } from '../../logic/survey-summary.js';
import type { Survey } from '../../content/schema/survey.js';
import type { FrequencyGroupId } from '../../content/model.js';
import { heading } from '../../internal/heading.js';
import { chartLegendStyles } from '../../styles/chart-legend.js';
import { resultCatalogue, type ResultMessages } from './otd-self-scan.result-messages.js';

/**
 * The scan's result, loaded when the person reaches the last question (prefetched there): the
 * result computed from the answers and the 2022 survey, and its view (what to work on, the chart
 * of every answer with the same data as its tables, the answers beside the colleagues' figures,
 * the next steps).
 */

export { resultCatalogue as catalogue };

export interface ResultContext {
  readonly m: ResultMessages;
  /** The result's heading ("Je resultaat"), from the scan's own messages. */
  readonly title: string;
  readonly lang: Lang;
  readonly result: ComputedScanResult;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly onFocusWidget: (tag: 'otd-resource-recommender' | 'otd-escalation-card') => void;
  readonly onPrint: () => void;
  readonly onRestart: () => void;
  /** The storage choice and "Wis mijn antwoorden", as the element renders them. */
  readonly storage: TemplateResult;
  /** The choice to share the answers with the region (`share-endpoint`), or nothing. */
  readonly share?: unknown;
  /** With `peers-src`: what the result compares with, and why. */
  readonly peers?: PeersChoice;
}

type Aspect = ComputedScanResult['aspects'][number];
type YesNoKind = Exclude<QuestionKind, 'competence'>;

/** The result of complete answers for these aspects, in `lang`; undefined while an answer is missing. */
export function computeResult(
  answers: ScanAnswers,
  aspects: readonly AspectId[],
  lang: Lang,
  peers?: PeersChoice,
): ComputedScanResult | undefined {
  if (!isComplete(answers, aspects)) return undefined;
  return buildScanResult(surveyFor(peers), aspects, MANDATORY_SELF_STUDY_ASPECTS, answers, lang);
}

/** The colleagues the result compares with: the shared scans when `peers` chose them, else 2022. */
const surveyFor = (peers: PeersChoice | undefined): Survey => (peers?.kind === 'shared' ? peers.survey : DEFAULT_SURVEY);

/** How long the recent figures may take before the result shows 2022 (and says why). */
const PEERS_TIMEOUT_MS = 5_000;
const summaries = new Map<string, Promise<SurveySummary | undefined>>();

/** The summary at `url`, once per page (started early by `prefetchPeers`); undefined when it cannot be had. */
function summaryAt(url: string): Promise<SurveySummary | undefined> {
  let loading = summaries.get(url);
  if (!loading) {
    loading = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit', signal: AbortSignal.timeout(PEERS_TIMEOUT_MS) })
      .then(async (response) => (response.ok ? parseSurveySummary(await response.json()) : undefined))
      .catch(() => undefined);
    // A failure is not kept: the next result asks again.
    void loading.then((summary) => summary ?? summaries.delete(url));
    summaries.set(url, loading);
  }
  return loading;
}

/** Starts loading the recent figures when the person is about to see the result. */
export function prefetchPeers(url: string): void {
  void summaryAt(url);
}

/** What a result of `aspects` by a person of `group` compares with, from the summary at `url`. */
export async function loadPeers(url: string, group: FrequencyGroupId, aspects: readonly AspectId[]): Promise<PeersChoice> {
  return choosePeers(DEFAULT_SURVEY, await summaryAt(url), group, aspects);
}

/** The line that says what the result compares with, and why. */
function peersNote(ctx: ResultContext): TemplateResult | typeof nothing {
  const peers = ctx.peers;
  if (!peers) return nothing;
  const m = ctx.m;
  const period = periodText(ctx, peers.since);
  const text =
    peers.kind === 'shared'
      ? m.peersShared(peers.n, period)
      : peers.reason === 'too_few'
        ? m.peersTooFew(period, peers.smallest)
        : peers.reason === 'withheld'
          ? m.peersWithheld(period)
          : m.peersUnavailable;
  return html`<p class="peers-note">${text}</p>`;
}

function periodText(ctx: ResultContext, since: string | null): string {
  if (!since) return ctx.m.periodAll;
  const [y, mo] = since.split('-').map(Number);
  const month = new Intl.DateTimeFormat(intlLocale(ctx.lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, mo! - 1, 1)),
  );
  return ctx.m.periodSince(month);
}

function aspectName(ctx: ResultContext, id: AspectId): string {
  return DEFAULT_ASPECTS.find((a) => a.id === id)!.name[ctx.lang];
}

function answerLabel(ctx: ResultContext, scale: 'agreement' | 'yes_no_maybe', id: string): string {
  return DEFAULT_SURVEY.scales[scale].find((o) => o.id === id)?.label[ctx.lang] ?? id;
}

/** An answer as the person reads it in a sentence: "oneens (onvoldoende)", "nee". */
function answerText(ctx: ResultContext, kind: QuestionKind, answer: string): string {
  if (kind !== 'competence') return answerLabel(ctx, 'yes_no_maybe', answer).toLowerCase();
  const sufficiency = INSUFFICIENT.includes(answer as AgreementAnswer) ? ctx.m.insufficient : ctx.m.sufficient;
  return `${answerLabel(ctx, 'agreement', answer).toLowerCase()} (${sufficiency})`;
}

const pct = (ctx: ResultContext, value: number) => formatPct(value, ctx.lang);

function groupName(ctx: ResultContext): string {
  return DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === ctx.result.frequency)!.option[ctx.lang].toLowerCase();
}

// ----- the chart -----------------------------------------------------------------------------

/**
 * One diverging bar over the four answers of the competence question: the line in the middle is the
 * border between (very) insufficient (left) and sufficient (right); each answer's segment is as
 * wide as its share (the whole width is 100 % on each side). The person's answer is outlined, and
 * on the first bar marked "Jij". Lengths are percentages of the bar's width and `em`s of the text
 * size, so it grows with the text; geometry stays in attributes (a strict CSP allows no inline styles).
 */
function divergingBar(ctx: ResultContext, shares: AnswerShares<AgreementAnswer>, mine: AgreementAnswer, marked: boolean) {
  const p = shares.pct;
  const half = (v: number) => v / 2;
  const segments: Record<AgreementAnswer, { x: number; w: number }> = {
    sterk_mee_oneens: { x: 50 - half(p.oneens + p.sterk_mee_oneens), w: half(p.sterk_mee_oneens) },
    oneens: { x: 50 - half(p.oneens), w: half(p.oneens) },
    eens: { x: 50, w: half(p.eens) },
    sterk_mee_eens: { x: 50 + half(p.eens), w: half(p.sterk_mee_eens) },
  };
  const you = segments[mine].x + segments[mine].w / 2;
  const top = marked ? 1.1 : 0.2;
  return html`<svg class="dbar ${marked ? 'marked' : ''}" focusable="false">
    <rect class="track" x="0" y=${`${top}em`} width="100%" height="1.25em"></rect>
    ${AGREEMENT_ANSWERS.map(
      (answer) =>
        svg`<rect class=${`seg ${answer}${answer === mine ? ' mine' : ''}`} x=${`${segments[answer].x}%`} y=${`${top}em`}
          width=${`${segments[answer].w}%`} height="1.25em"></rect>`,
    )}
    <line class="middle" x1="50%" x2="50%" y1=${`${top - 0.2}em`} y2=${`${top + 1.45}em`}></line>
    ${marked
      ? svg`<svg x=${`${you}%`} overflow="visible">
          <svg x="-0.45em" y="0.1em" width="0.9em" height="0.65em" viewBox="0 0 14 10" overflow="visible">
            <path class="you" d="M 0 0 h 14 l -7 10 z"></path>
          </svg>
          <text class="you-label" x=${you > 50 ? '-0.65em' : '0.65em'} y="0.7em" text-anchor=${you > 50 ? 'end' : 'start'}>${ctx.m.you}</text>
        </svg>`
      : nothing}
  </svg>`;
}

function chartRow(ctx: ResultContext, label: string, insufficientPct: number, bar: TemplateResult): TemplateResult {
  return html`<div class="chart-row">
    <p class="row-head"><span>${label}:</span> <span>${ctx.m.chartInsufficient(pct(ctx, insufficientPct))}</span></p>
    ${bar}
  </div>`;
}

function yesLine(ctx: ResultContext, a: Aspect, kind: YesNoKind): TemplateResult {
  const f = a.figures[kind];
  const group = f.group ? pct(ctx, f.group.pct.ja) : undefined;
  return html`<li>${ctx.m.chartYes(ctx.m.questionTitles[kind], pct(ctx, f.all.pct.ja), group, answerText(ctx, kind, a[kind]))}</li>`;
}

function renderChart(ctx: ResultContext): TemplateResult {
  const m = ctx.m;
  const result = ctx.result;
  return html`
    <figure class="chart ${ctx.showTable ? 'as-table' : ''}" part="chart">
      <figcaption>${m.chartTitle}</figcaption>
      <div class="bars" aria-hidden="true">
        <p class="chart-intro">${m.chartIntro}</p>
        <ul class="legend">
          ${AGREEMENT_ANSWERS.map((answer) => html`<li><span class="key ${answer}"></span>${answerLabel(ctx, 'agreement', answer)}</li>`)}
          <li><span class="key you"></span>${m.chartLegendYou}</li>
        </ul>
        <ul class="aspect-charts">
          ${result.aspects.map((a) => {
            const c = a.figures.competence;
            return html`<li class="aspect-chart">
              <p class="chart-aspect">${aspectName(ctx, a.id)}</p>
              ${chartRow(ctx, m.chartAll(c.all.n), a.peers.insufficientPct, divergingBar(ctx, c.all, a.competence, true))}
              ${c.group
                ? chartRow(ctx, m.chartGroup(c.group.n), a.peers.groupInsufficientPct, divergingBar(ctx, c.group, a.competence, false))
                : html`<p class="row-head">${m.chartGroupUnavailable}</p>`}
              <ul class="yes-lines">
                ${yesLine(ctx, a, 'knowledgeSource')} ${yesLine(ctx, a, 'escalation')}
              </ul>
            </li>`;
          })}
        </ul>
        <p class="axis" aria-hidden="true">${m.chartAxis}</p>
      </div>
      ${renderTables(ctx)}
    </figure>
    <button type="button" class="link-button" part="button" aria-pressed=${ctx.showTable ? 'true' : 'false'} @click=${ctx.onToggleTable}>
      ${m.showTable}
    </button>
  `;
}

// ----- the tables ----------------------------------------------------------------------------

/** One question's table: per aspect your answer, then every answer's share of all and of your group. */
function renderTable<A extends string>(
  ctx: ResultContext,
  kind: QuestionKind,
  answers: readonly A[],
  figuresOf: (a: Aspect) => QuestionFigures<A>,
): TemplateResult {
  const m = ctx.m;
  const scale = kind === 'competence' ? 'agreement' : 'yes_no_maybe';
  const competence = kind === 'competence';
  const shareCells = (shares: AnswerShares<A>, insufficient: number | undefined) => html`
    ${answers.map((answer) => html`<td>${pct(ctx, shares.pct[answer])}</td>`)}
    ${competence ? html`<td>${pct(ctx, insufficient!)}</td>` : nothing}
  `;
  return html`
    <table class="data">
      <caption>${m.tableCaption(m.questionTitles[kind])}</caption>
      <thead>
        <tr>
          <th scope="col">${m.colAspect}</th>
          <th scope="col">${m.colYou}</th>
          <th scope="col">${m.colWho}</th>
          ${answers.map((answer) => html`<th scope="col">${answerLabel(ctx, scale, answer)}</th>`)}
          ${competence ? html`<th scope="col">${m.colInsufficient}</th>` : nothing}
        </tr>
      </thead>
      ${ctx.result.aspects.map((a) => {
        const f = figuresOf(a);
        return html`<tbody>
          <tr>
            <th scope="rowgroup" rowspan="2">${aspectName(ctx, a.id)}</th>
            <td rowspan="2">${answerLabel(ctx, scale, a[kind])}</td>
            <th scope="row">${m.chartAll(f.all.n)}</th>
            ${shareCells(f.all, a.peers.insufficientPct)}
          </tr>
          <tr>
            ${f.group
              ? html`<th scope="row">${m.chartGroup(f.group.n)}</th>${shareCells(f.group, a.peers.groupInsufficientPct)}`
              : html`<th scope="row">${m.colGroup}</th>
                  <td colspan=${answers.length + (competence ? 1 : 0)}>${m.unavailable}</td>`}
          </tr>
        </tbody>`;
      })}
    </table>
  `;
}

function renderTables(ctx: ResultContext): TemplateResult {
  // The wrapper, not the tables, is hidden: a table ignores the 1px box and would widen the page.
  // Shown, the wrapper scrolls sideways on a narrow screen, so it takes focus for the arrow keys.
  return html`
    <div
      class=${ctx.showTable ? 'table-wrap' : 'visually-hidden'}
      role=${ctx.showTable ? 'region' : nothing}
      aria-label=${ctx.showTable ? ctx.m.showTable : nothing}
      tabindex=${ctx.showTable ? '0' : nothing}
    >
      ${renderTable(ctx, 'competence', AGREEMENT_ANSWERS, (a) => a.figures.competence)}
      ${renderTable(ctx, 'knowledgeSource', YES_NO_MAYBE_ANSWERS, (a) => a.figures.knowledgeSource)}
      ${renderTable(ctx, 'escalation', YES_NO_MAYBE_ANSWERS, (a) => a.figures.escalation)}
      <p class="hint">${ctx.m.tablesNote(surveyFor(ctx.peers).n)}</p>
    </div>
  `;
}

// ----- what to work on, and the answers --------------------------------------------------------

function renderFocus(ctx: ResultContext, level: number): TemplateResult {
  const m = ctx.m;
  const result = ctx.result;
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

/** One question of one aspect: your answer, how many said the same, and the headline share. */
function answerFigures<A extends string>(
  ctx: ResultContext,
  kind: QuestionKind,
  answer: A,
  f: QuestionFigures<A>,
  headline: { all: number; group: number | undefined },
): TemplateResult {
  const m = ctx.m;
  const group = f.group;
  return html`
    <dt>${m.questionTitles[kind]}</dt>
    <dd>
      ${m.youAnswered(answerText(ctx, kind, answer), pct(ctx, f.all.pct[answer]), f.all.n)}
      ${group ? m.groupSame(pct(ctx, group.pct[answer]), groupName(ctx), group.n) : nothing}
      ${kind === 'competence'
        ? m.competencePeers(pct(ctx, headline.all), headline.group === undefined ? undefined : pct(ctx, headline.group))
        : m.yesPeers(pct(ctx, headline.all), headline.group === undefined ? undefined : pct(ctx, headline.group))}
      ${group ? nothing : html`<span class="hint">${m.groupUnavailable}</span>`}
    </dd>
  `;
}

function aspectAnswers(ctx: ResultContext, a: Aspect): TemplateResult {
  const f: AspectFigures = a.figures;
  return html`
    ${answerFigures(ctx, 'competence', a.competence, f.competence, { all: a.peers.insufficientPct, group: a.peers.groupInsufficientPct })}
    ${(['knowledgeSource', 'escalation'] as const).map((kind) =>
      answerFigures<YesNoMaybe>(ctx, kind, a[kind], f[kind], { all: f[kind].all.pct.ja, group: f[kind].group?.pct.ja }),
    )}
  `;
}

function renderAnswers(ctx: ResultContext, level: number): TemplateResult {
  const m = ctx.m;
  const result = ctx.result;
  const general = questionFigures(surveyFor(ctx.peers), 'general', 'competence', AGREEMENT_ANSWERS, result.frequency);
  const generalPeers = peerFigures(surveyFor(ctx.peers), 'general', result.frequency);
  const card = (title: string, body: TemplateResult, smallN: number | undefined, mandatory = false) => html`
    <li class="aspect-result">
      ${heading(level + 1, title)}
      ${mandatory ? html`<p><span class="badge">${m.mandatory}</span></p>` : nothing}
      <dl class="answers">${body}</dl>
      ${smallN !== undefined ? html`<p class="hint">${m.smallGroup(smallN)}</p>` : nothing}
    </li>
  `;
  /** The smallest group n among the figures shown, when it is a small group. */
  const smallest = (figures: readonly QuestionFigures<string>[]) => {
    const ns = figures.flatMap((f) => (f.group?.smallGroup ? [f.group.n] : []));
    return ns.length ? Math.min(...ns) : undefined;
  };
  return html`
    <section aria-labelledby="answers-title">
      ${heading(level, m.yourAnswers, { id: 'answers-title' })}
      <ul class="aspect-results" role="list">
        ${card(
          m.generalTitle,
          answerFigures(ctx, 'competence', result.general, general, { all: generalPeers.insufficientPct, group: generalPeers.groupInsufficientPct }),
          smallest([general]),
        )}
        ${result.aspects.map((a) =>
          card(aspectName(ctx, a.id), aspectAnswers(ctx, a), smallest(QUESTION_KINDS.map((k) => a.figures[k])), a.mandatory),
        )}
      </ul>
    </section>
  `;
}

/** The result: what to work on, the chart, the answers beside the colleagues' figures, the next steps. */
export function renderResult(ctx: ResultContext, level: number): TemplateResult {
  const m = ctx.m;
  const hasRecommender = Boolean(document.querySelector('otd-resource-recommender'));
  const hasCard = Boolean(document.querySelector('otd-escalation-card'));
  const today = new Intl.DateTimeFormat(intlLocale(ctx.lang), { dateStyle: 'long' }).format(new Date());
  return html`
    <div class="result" part="result">
      ${heading(level, ctx.title, { id: 'step-heading', part: 'step-heading', focusable: true })}
      <p class="print-only">${m.printedOn(today)}</p>
      <p>
        ${ctx.peers?.kind === 'shared'
          ? m.resultIntroShared(groupName(ctx), ctx.peers.n, periodText(ctx, ctx.peers.since))
          : m.resultIntro(groupName(ctx), DEFAULT_SURVEY.n)}
      </p>
      ${peersNote(ctx)}
      ${renderFocus(ctx, level + 1)} ${renderChart(ctx)} ${renderAnswers(ctx, level + 1)} ${ctx.share ?? nothing}
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

/** What only the result draws: the chart, the tables, the answers, forced colours and print. */
export const styles = css`
  ${chartLegendStyles}
  .peers-note {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.5em;
    max-inline-size: 65ch;
  }
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
  .print-only {
    display: none;
  }
  .chart {
    /* The four answers: warm for (very) insufficient, cool for sufficient; strong ones darker. */
    --_strongly-insufficient: var(--otd-self-scan-chart-strongly-insufficient-color, #a63603);
    --_insufficient: var(--otd-self-scan-chart-insufficient-color, var(--otd-self-scan-chart-peers-color, #fdae6b));
    --_sufficient: var(--otd-self-scan-chart-sufficient-color, #9ecae1);
    --_strongly-sufficient: var(--otd-self-scan-chart-strongly-sufficient-color, #2171b5);
    --_you: var(--otd-self-scan-chart-you-color, #b35900);
    margin: 1em 0 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_otd-border);
    border-radius: var(--_otd-radius);
  }
  figcaption {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .chart-intro {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }
  .key.sterk_mee_oneens {
    background: var(--_strongly-insufficient);
  }
  .key.oneens {
    background: var(--_insufficient);
  }
  .key.eens {
    background: var(--_sufficient);
  }
  .key.sterk_mee_eens {
    background: var(--_strongly-sufficient);
  }
  .key.you {
    inline-size: 0;
    block-size: 0;
    border: 0.45em solid transparent;
    border-block-start: 0.6em solid var(--_you);
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
  .aspect-chart {
    margin-block-start: 0.75em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_otd-separator);
  }
  .chart-aspect {
    font-weight: 700;
    margin: 0;
  }
  .row-head {
    max-inline-size: none;
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  svg.dbar {
    display: block;
    inline-size: 100%;
    block-size: 1.65em;
    overflow: visible;
    font-family: inherit;
  }
  svg.dbar.marked {
    block-size: 2.55em;
  }
  svg .track {
    fill: var(--_otd-bg);
    stroke: var(--_otd-border);
    stroke-width: 1;
  }
  svg .seg {
    stroke: var(--_otd-text);
    stroke-width: 0.5;
  }
  svg .seg.sterk_mee_oneens {
    fill: var(--_strongly-insufficient);
  }
  svg .seg.oneens {
    fill: var(--_insufficient);
  }
  svg .seg.eens {
    fill: var(--_sufficient);
  }
  svg .seg.sterk_mee_eens {
    fill: var(--_strongly-sufficient);
  }
  svg .seg.mine {
    stroke: var(--_otd-text);
    stroke-width: 3;
  }
  svg .middle {
    stroke: var(--_otd-text);
    stroke-width: 2;
  }
  svg .you {
    fill: var(--_you);
    stroke: var(--_otd-text);
    stroke-width: 1;
  }
  svg .you-label {
    fill: var(--_otd-text);
    font-size: 0.875em;
    font-weight: 700;
  }
  .yes-lines li {
    font-size: 0.875em;
    margin-block-start: 0.2em;
  }
  .axis {
    max-inline-size: none;
    text-align: center;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
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
    margin-block-end: 1em;
  }
  table.data caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  table.data th,
  table.data td {
    text-align: start;
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--_otd-separator);
    vertical-align: top;
  }
  table.data td {
    font-variant-numeric: tabular-nums;
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
  .answers {
    margin: 0 0 0.5em;
  }
  .answers dt {
    font-weight: 700;
    margin-block-start: 0.5em;
  }
  .answers dd {
    margin: 0;
  }
  .answers .hint {
    display: block;
  }
  @media (forced-colors: active) {
    svg .seg.sterk_mee_oneens,
    svg .seg.sterk_mee_eens,
    .key.sterk_mee_oneens,
    .key.sterk_mee_eens {
      fill: CanvasText;
      background: CanvasText;
    }
    svg .seg.oneens,
    svg .seg.eens,
    .key.oneens,
    .key.eens {
      fill: Canvas;
      background: Canvas;
    }
    svg .seg,
    svg .middle {
      stroke: CanvasText;
    }
    svg .seg.mine {
      stroke: Highlight;
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
    svg text {
      fill: CanvasText;
    }
  }
  @media print {
    .next,
    .actions,
    .storage,
    .link-button,
    .progress {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .chart,
    .aspect-chart,
    .aspect-result,
    table.data tbody {
      break-inside: avoid;
    }
    svg .seg,
    .key,
    svg .you {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
