import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  ASPECT_IDS,
  intlLocale,
  MUNICIPALITY_IDS,
  type Lang,
  type MunicipalityId,
  type TopicId,
} from '../../content/model.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { findMunicipality, MUNICIPALITIES } from '../../content/default/municipalities.js';
import { DEFAULT_SURVEY } from '../../content/default/survey.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import type { ContentIssue } from '../../content/issues.js';
import { resolveSafeUrl } from '../../content/safe-url.js';
import type { Catalogue } from '../../content/catalogue.js';
import { formatPct } from '../../logic/format-pct.js';
import { MIN_CELL, parseSurveySummary, type ColumnId, type SurveySummary } from '../../logic/survey-summary.js';
import { baselineSummary, toCsv, trendRows, type TrendCell, type TrendRow } from '../../logic/survey-trend.js';
import { unknownValueIssue } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { OtdElement } from '../../internal/otd-element.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import { surveyTrendCatalogue, type SurveyTrendMessages } from './otd-survey-trend.messages.js';
import { styles } from './otd-survey-trend.styles.js';

/** How long the summary may take before the widget says it could not be loaded. */
const SUMMARY_TIMEOUT_MS = 10_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The 2022 tables, computed once from the bundled survey. */
let baseline: ReturnType<typeof baselineSummary> | undefined;

/** "februari 2022" / "February 2022" from yyyy-mm. */
function monthName(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}

/**
 * @summary The report's 2022 survey beside the self-scans professionals shared since, per aspect and
 * question: a chart and a table with n per column, "te weinig antwoorden" where a figure comes from
 * too few answers, filters by municipality and frequency group, and a CSV of what is shown.
 *
 * @tag otd-survey-trend
 *
 * @csspart card - The widget's outer box.
 * @csspart heading - The widget heading.
 * @csspart filters - The municipality and frequency-group filters.
 * @csspart note - The note that shared scans are not a random sample.
 * @csspart status - The line with the number of shared scans, or why they are not shown.
 * @csspart aspect - One aspect's chart and table.
 * @csspart chart - An aspect's chart (the same figures as its table).
 * @csspart table - An aspect's table.
 * @csspart download - The CSV download link.
 * @csspart button - The retry button.
 * @csspart content-error - The readable error shown when an attribute is not valid.
 *
 * @cssprop --otd-color-primary - Bars of the shared scans (falls back to NL Design System button tokens).
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of hints and the loading line.
 * @cssprop --otd-color-background - Widget background.
 * @cssprop --otd-color-surface - Background of each aspect.
 * @cssprop --otd-color-border - Border colour.
 * @cssprop --otd-color-link - Link colour.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - Colour of error marks.
 * @cssprop --otd-form-control-border-color - Border of the filters.
 * @cssprop --otd-form-control-border-radius - Corners of the filters.
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width.
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of the filters, the link and the button (touch targets).
 * @cssprop --otd-survey-trend-background-color - Background of the widget itself.
 * @cssprop --otd-survey-trend-border-color - Border of the widget itself.
 * @cssprop --otd-survey-trend-baseline-color - Bars of the 2022 survey.
 *
 * @fires otd-content-error - An attribute is not valid; detail: `{ source: 'attributes', issues }`.
 */
export class OtdSurveyTrend extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, controlStyles, styles];
  static override readonly otdTag = 'otd-survey-trend';

  /** The receiver's summary, `GET /api/scan-results/summary` (http or https; relative to the page). */
  @property() src?: string;

  /** The first month of the period, yyyy-mm (for example `2026-01`); without it, every shared scan. */
  @property() since?: string;

  /** The municipality to show first: an id, a name or a CBS code; without it, all of Twente. The reader can change it. */
  @property() municipality?: string;

  @state() private chosenMunicipality: MunicipalityId | '' | undefined;
  @state() private chosenGroup: ColumnId = 'all';

  private summaryUrl: string | null = null;
  private validSince: string | null = null;
  private csvUrl?: string;
  private csvText?: string;
  /** Set when the reader changes a filter: the next figures that arrive are announced. */
  private announceNext = false;

  private readonly summary = new Task(this, {
    args: () => [this.summaryUrl] as const,
    task: async ([url], { signal }): Promise<SurveySummary> => {
      if (!url) throw new Error('No valid src');
      const response = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(SUMMARY_TIMEOUT_MS)]),
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = parseSurveySummary(await response.json());
      if (!parsed) throw new Error('Not a survey summary');
      return parsed;
    },
    onComplete: () => {
      if (!this.announceNext) return;
      this.announceNext = false;
      void this.liveRegion.announce(this.messages.loaded(this.whereName));
    },
  });

  private get messages(): SurveyTrendMessages {
    return this.messagesOf(surveyTrendCatalogue);
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), surveyTrendCatalogue, defaultContentCatalogue];
  }

  private get activeMunicipality(): MunicipalityId | undefined {
    if (this.chosenMunicipality !== undefined) return this.chosenMunicipality || undefined;
    return findMunicipality(this.municipality)?.id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('since') || changed.has('municipality')) {
      const issues: ContentIssue[] = [];
      const src = this.src?.trim();
      const resolved = src ? resolveSafeUrl(src, document.baseURI) : null;
      if (!src) {
        issues.push({ path: 'src', message: 'Required: the summary URL, for example /api/scan-results/summary', code: 'invalid_type' });
      } else if (!resolved) {
        issues.push({ path: 'src', message: `Not an http(s) URL: "${src}"`, code: 'invalid_format' });
      }
      const since = this.since?.trim();
      this.validSince = since && MONTH.test(since) ? since : null;
      if (since && !this.validSince) issues.push({ path: 'since', message: `Not a month as yyyy-mm: "${since}"`, code: 'invalid_format' });
      if (this.municipality && !findMunicipality(this.municipality)) {
        issues.push(unknownValueIssue('municipality', 'municipality', [this.municipality], MUNICIPALITY_IDS));
      }
      this.attributeIssues = issues;
      this.summaryBase = resolved;
    }
    this.summaryUrl = this.buildUrl();
  }

  private summaryBase: string | null = null;

  private buildUrl(): string | null {
    if (!this.summaryBase) return null;
    const url = new URL(this.summaryBase);
    if (this.validSince) url.searchParams.set('since', this.validSince);
    const municipality = this.activeMunicipality;
    if (municipality) url.searchParams.set('municipality', municipality);
    return url.href;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = undefined;
    this.csvText = undefined;
  }

  private handleMunicipality(event: Event): void {
    this.announceNext = true;
    this.chosenMunicipality = (event.target as HTMLSelectElement).value as MunicipalityId | '';
  }

  private handleGroup(event: Event): void {
    this.chosenGroup = (event.target as HTMLSelectElement).value as ColumnId;
  }

  private get whereName(): string {
    const id = this.activeMunicipality;
    return id ? MUNICIPALITIES.find((m) => m.id === id)!.name : this.messages.municipalityAll;
  }

  // ------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------

  private topicName(topic: TopicId): string {
    return topic === 'general' ? this.messages.general : DEFAULT_ASPECTS.find((a) => a.id === topic)!.name[this.resolvedLang];
  }

  private periodHeading(): string {
    const m = this.messages;
    return this.validSince ? m.periodSince(monthName(this.validSince, this.resolvedLang)) : m.periodAll;
  }

  private cellText(cell: TrendCell): string {
    const m = this.messages;
    if ('pct' in cell) return `${formatPct(cell.pct, this.resolvedLang)} (${m.nOf(cell.n)})`;
    return cell.withheld === 'too_few' ? m.tooFew : cell.withheld === 'unreliable' ? m.unreliable : m.noData;
  }

  private renderFilters(): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const active = this.activeMunicipality ?? '';
    return html`
      <div class="filters" part="filters">
        <div class="filter">
          <label for="municipality">${m.municipalityLabel}</label>
          <select class="control" id="municipality" @change=${this.handleMunicipality}>
            <option value="" ?selected=${!active}>${m.municipalityAll}</option>
            ${MUNICIPALITIES.map((mu) => html`<option value=${mu.id} ?selected=${mu.id === active}>${mu.name}</option>`)}
          </select>
        </div>
        <div class="filter">
          <label for="group">${m.groupLabel}</label>
          <select class="control" id="group" @change=${this.handleGroup}>
            <option value="all" ?selected=${this.chosenGroup === 'all'}>${m.groupAll}</option>
            ${DEFAULT_SURVEY.frequencyGroups.map(
              (g) => html`<option value=${g.id} ?selected=${g.id === this.chosenGroup}>${g.option[lang]}</option>`,
            )}
          </select>
        </div>
      </div>
    `;
  }

  private renderStatus(summary: SurveySummary | undefined): TemplateResult {
    const m = this.messages;
    if (this.summary.status === TaskStatus.ERROR) {
      return html`<div class="status" part="status">
        <p>${m.failed}</p>
        <button type="button" class="button" part="button" @click=${() => void this.summary.run()}>${m.retry}</button>
      </div>`;
    }
    if (!summary) return html`<p class="status loading" part="status">${m.loading}</p>`;
    if (summary.withheld) {
      return html`<p class="status withheld" part="status">${m.withheldMunicipality(this.whereName, MIN_CELL)}</p>`;
    }
    return html`<p class="status" part="status"><strong>${m.shared(summary.n ?? 0)}</strong> · ${this.whereName} · ${this.periodHeading()}</p>`;
  }

  /** Bars for one aspect: per question its 2022 bar and the period's, widths in % of the bar's width. */
  private renderChart(topic: TopicId, rows: readonly TrendRow[], headingId: string): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const bar = (cell: TrendCell, kind: 'baseline' | 'period', y: string) =>
      'pct' in cell
        ? html`<rect class=${kind} x="0" y=${y} width=${`${cell.pct}%`} height="0.9em"></rect>`
        : html`<rect class="missing" x="0" y=${y} width="100%" height="0.9em"></rect>`;
    const value = (cell: TrendCell) => ('pct' in cell ? formatPct(cell.pct, lang) : this.cellText(cell));
    return html`
      <figure class="chart" part="chart" aria-labelledby=${headingId}>
        <div aria-hidden="true">
          ${rows.map(
            (r) => html`
              <div class="bar-row">
                <p class="bar-label">${m.measure[r.kind]}</p>
                <div class="bar-line">
                  <svg class="bar" focusable="false">
                    <rect class="track" x="0" y="0.1em" width="100%" height="0.9em"></rect>
                    ${bar(r.baseline, 'baseline', '0.1em')}
                  </svg>
                  <span class="bar-value">${value(r.baseline)}</span>
                </div>
                <div class="bar-line">
                  <svg class="bar" focusable="false">
                    <rect class="track" x="0" y="0.1em" width="100%" height="0.9em"></rect>
                    ${bar(r.period, 'period', '0.1em')}
                  </svg>
                  <span class="bar-value">${value(r.period)}</span>
                </div>
              </div>
            `,
          )}
        </div>
        <figcaption class="visually-hidden">${m.chartCaption(this.topicName(topic))}</figcaption>
      </figure>
    `;
  }

  private renderTable(topic: TopicId, rows: readonly TrendRow[]): TemplateResult {
    const m = this.messages;
    const date = monthName(DEFAULT_SURVEY.date, this.resolvedLang);
    const captionId = `caption-${topic}`;
    return html`
      <div class="table-wrap" role="region" aria-label=${this.messages.tableOf(this.topicName(topic))} tabindex="0">
        <table part="table">
          <caption id=${captionId}>${this.topicName(topic)}</caption>
          <thead>
            <tr>
              <th scope="col">${m.question}</th>
              <th scope="col">${m.baselineColumn(date)}</th>
              <th scope="col">${this.periodHeading()}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`
                <tr>
                  <th scope="row">${m.measure[r.kind]}</th>
                  <td class=${'pct' in r.baseline ? '' : 'withheld'}>${this.cellText(r.baseline)}</td>
                  <td class=${'pct' in r.period ? '' : 'withheld'}>${this.cellText(r.period)}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderTopic(topic: TopicId, rows: readonly TrendRow[]): TemplateResult {
    const headingId = `topic-${topic}`;
    return html`
      <section class="aspect" part="aspect" aria-labelledby=${headingId}>
        ${heading(this.level + 1, this.topicName(topic), { id: headingId })}
        ${this.renderChart(topic, rows, headingId)} ${this.renderTable(topic, rows)}
      </section>
    `;
  }

  /** The CSV of what is shown, as a Blob URL (made again only when the figures change). */
  private csvHref(rows: readonly TrendRow[]): string {
    const m = this.messages;
    const date = monthName(DEFAULT_SURVEY.date, this.resolvedLang);
    const period = this.periodHeading();
    const group =
      this.chosenGroup === 'all' ? m.groupAll : DEFAULT_SURVEY.frequencyGroups.find((g) => g.id === this.chosenGroup)!.option[this.resolvedLang];
    const num = (cell: TrendCell, field: 'pct' | 'n') => ('pct' in cell ? cell[field] : '');
    const note = (cell: TrendCell) => ('pct' in cell ? '' : this.cellText(cell));
    const text = toCsv([
      [m.csvTopic, m.question, `${m.municipalityLabel}`, m.groupLabel, `${m.baselineColumn(date)} ${m.csvPct}`, `${m.baselineColumn(date)} ${m.csvN}`, `${period} ${m.csvPct}`, `${period} ${m.csvN}`, m.csvNote],
      ...rows.map((r) => [
        this.topicName(r.topic),
        m.measure[r.kind],
        this.whereName,
        group,
        num(r.baseline, 'pct'),
        num(r.baseline, 'n'),
        num(r.period, 'pct'),
        num(r.period, 'n'),
        [note(r.baseline), note(r.period)].filter(Boolean).join('; '),
      ]),
    ]);
    if (text !== this.csvText || !this.csvUrl) {
      if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
      this.csvUrl = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      this.csvText = text;
    }
    return this.csvUrl;
  }

  private fileName(): string {
    const where = this.activeMunicipality ?? 'twente';
    const group = this.chosenGroup === 'all' ? '' : `-${this.chosenGroup}`;
    return `otd-peiling-${where}${group}-${this.validSince ?? 'alle'}.csv`;
  }

  protected override renderTitle(): unknown {
    return this.messages.heading;
  }

  protected override renderBody(): TemplateResult {
    const m = this.messages;
    baseline ??= baselineSummary(DEFAULT_SURVEY);
    const summary = this.summary.status === TaskStatus.COMPLETE ? this.summary.value : undefined;
    const rows = trendRows(baseline, summary, this.chosenGroup);
    const topics: TopicId[] = ['general', ...ASPECT_IDS];
    const date = monthName(DEFAULT_SURVEY.date, this.resolvedLang);
    return html`
      <p class="intro">${m.intro(DEFAULT_SURVEY.n, date)}</p>
      <p class="note" part="note">${m.selfSelection}</p>
      ${this.renderFilters()} ${this.renderStatus(summary)}
      <ul class="legend" aria-hidden="true">
        <li><span class="key baseline"></span>${m.chartLegendBaseline(date)}</li>
        <li><span class="key period"></span>${m.chartLegendPeriod}</li>
      </ul>
      <div class="topics">${topics.map((t) => this.renderTopic(t, rows.filter((r) => r.topic === t)))}</div>
      <p class="hint">${m.suppressionNote(summary?.minCell ?? MIN_CELL)}</p>
      ${summary ? html`<p><a class="download" part="download" href=${this.csvHref(rows)} download=${this.fileName()}>${m.download}</a></p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-survey-trend': OtdSurveyTrend;
  }
}
