import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fallbackLang, intlLocale, localize, TOPIC_IDS, type AspectId, type Lang, type ResourceKind, type TopicId } from '../../content/model.js';
import type { Resource } from '../../content/schema/resources.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { DEFAULT_LEARNING_PATH } from '../../content/default/learning-path.js';
import { MANDATORY_SELF_STUDY_ASPECTS } from '../../content/default/mandatory-self-study.js';
import { DEFAULT_RESOURCES } from '../../content/default/resources.js';
import { defaultContentCatalogue } from '../../content/default/texts.js';
import {
  countResources,
  topPicks,
  type TopPick,
  formatDuration,
  kindsIn,
  LENGTH_LIMITS,
  mergeResources,
  moduleProgress,
  recommend,
  type TopicGroup,
  type TopicPart,
} from '../../logic/recommend.js';
import { clearDone, loadDone, saveDone } from '../../logic/done-storage.js';
import { parseScanResult, type Reason, type ScanResult } from '../../logic/scan-result.js';
import { storageOf } from '../../logic/storage.js';
import { parseIdList, unknownValueIssue } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import type { Catalogue } from '../../content/catalogue.js';
import { OtdElement } from '../../internal/otd-element.js';
import { ScanFollower } from '../../internal/scan-follower.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { badgeStyles, progressStyles, tileListStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import {
  resourceRecommenderCatalogue,
  type ResourceRecommenderMessages,
} from './otd-resource-recommender.messages.js';
import { styles } from './otd-resource-recommender.styles.js';

/** The two guides the report names for safety (report 2.5); chapter 9 has no self-study material on it. */
const MELDCODE_URL = 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/inhoud/meldcode';
const RICHTLIJN_KINDERMISHANDELING_URL = 'https://www.richtlijnenjeugdhulp.nl/guideline/127/full';

export interface ResourceOpenDetail {
  readonly resourceId: string;
  readonly url: string;
}

export interface ResourceDoneDetail {
  readonly resourceId: string;
  readonly done: boolean;
}

const listFormat = (lang: Lang, items: readonly string[]) =>
  new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);

/**
 * @summary Study material that fits a self-scan's result: the few items that matter most first (the mandatory
 * modules not done, then the scan's focus, each with why), then the report's free self-study and the regional
 * offer per aspect, the mandatory modules with progress, filters by kind and length, and the learning path.
 *
 * @tag otd-resource-recommender
 *
 * @csspart card - The outer box.
 * @csspart heading - The heading.
 * @csspart progress - Progress in the mandatory modules and the opt-in to remember it.
 * @csspart filters - The filters by kind and by length.
 * @csspart status - The line that says how many items fit the filters (a polite live region).
 * @csspart top - The few items shown first ("Begin hier"), each with why.
 * @csspart group - One topic's material.
 * @csspart group-heading - The heading of a topic.
 * @csspart resource - One item.
 * @csspart resource-title - An item's title (its link, when it has one).
 * @csspart done - An item's "Gedaan" checkbox with its label.
 * @csspart more - The folded "Meer materiaal": every topic's material, in its place after the items shown first.
 * @csspart safety - The guides the report names for the safety aspect.
 * @csspart learning-path - The learning path.
 * @csspart button - A button.
 * @csspart content-error - The readable error shown when partner content or an attribute is not valid.
 * @csspart loading - The loading line while `content-src` loads.
 *
 * @cssprop --otd-color-primary - Button background and progress colour (falls back to NL Design System tokens).
 * @cssprop --otd-color-on-primary - Text on the primary colour.
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of hints, an item's details and notes, and the loading line.
 * @cssprop --otd-color-background - Background.
 * @cssprop --otd-color-surface - Background of each item.
 * @cssprop --otd-color-border - Borders.
 * @cssprop --otd-color-link - Link colour.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - Border of the safety guides, and the mark of a content error.
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width (never under 2px).
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of buttons, checkboxes and filter options (touch targets).
 * @cssprop --otd-resource-recommender-background-color - Background of the recommender itself.
 * @cssprop --otd-resource-recommender-border-color - Border of the recommender itself.
 *
 * @fires otd-resource-open - An item's link was followed; detail: `{ resourceId, url }`.
 * @fires otd-resource-done - An item was marked done or not done; detail: `{ resourceId, done }`.
 * @fires otd-content-error - Partner content or an attribute is not valid; detail: `{ source, issues }`.
 */
export class OtdResourceRecommender extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, badgeStyles, progressStyles, tileListStyles, styles];
  static override readonly otdTag = 'otd-resource-recommender';

  /** The scan this recommender follows, and its result. */
  private readonly scan = new ScanFollower(this);
  /** Kinds chosen in the filter; none means every kind. */
  @state() private kinds: readonly ResourceKind[] = [];
  /** The longest duration chosen in the filter, in minutes; none means any length. */
  @state() private maxMinutes?: number;
  /** Ids of the items marked "Gedaan". */
  @state() private done: ReadonlySet<string> = new Set();
  @state() private keepOnDevice = false;
  /**
   * What was done before this visit: the items shown first leave these out. An item marked done during
   * the visit stays where it is, checked, so focus and the list do not jump under the person.
   */
  private doneBefore: ReadonlySet<string> = new Set();

  /** Only these topics, space-separated (`juridisch financieel`, `general` for the overarching sources); default all. */
  @property() aspects?: string;

  /** The id of the `otd-self-scan` to follow (like `<label for>`); without it, any self-scan on the page. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** A self-scan result to order the material by; while set, scan events on the page are not used. */
  @property({ attribute: false }) result?: ScanResult;

  private topics: readonly TopicId[] = TOPIC_IDS;

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = loadDone(storageOf('localStorage'));
    if (stored) {
      this.done = new Set(stored);
      this.doneBefore = this.done;
      this.keepOnDevice = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) this.scan.readExisting();
    if (changed.has('aspects')) {
      const { ids, unknown } = parseIdList(this.aspects, TOPIC_IDS);
      // Topics keep the report's order, whatever order the attribute lists them in.
      this.topics = ids.length ? TOPIC_IDS.filter((t) => ids.includes(t)) : TOPIC_IDS;
      this.attributeIssues = unknown.length ? [unknownValueIssue('aspects', 'aspect', unknown, TOPIC_IDS)] : [];
    }
  }

  private get messages(): ResourceRecommenderMessages {
    return this.messagesOf(resourceRecommenderCatalogue);
  }

  /** The result to order by: the property when it holds a valid result, else the followed scan's. */
  private get activeResult(): ScanResult | undefined {
    return parseScanResult(this.result) ?? this.scan.result;
  }

  /** The bundled resources with the partner's merged in. */
  private get resources(): Resource[] {
    return mergeResources(DEFAULT_RESOURCES.resources, this.partnerContent.resources);
  }

  /** The mandatory modules among the topics shown. */
  private get mandatory(): AspectId[] {
    return MANDATORY_SELF_STUDY_ASPECTS.filter((a) => this.topics.includes(a));
  }

  private topicName(topic: TopicId): string {
    if (topic === 'general') return this.messages.general;
    return DEFAULT_ASPECTS.find((a) => a.id === topic)!.name[this.resolvedLang];
  }

  private handleKind(kind: ResourceKind, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.kinds = checked ? [...this.kinds, kind] : this.kinds.filter((k) => k !== kind);
  }

  private handleLength(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.maxMinutes = value ? Number(value) : undefined;
  }

  private async handleDone(resource: Resource, event: Event): Promise<void> {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.done);
    if (checked) next.add(resource.id);
    else next.delete(resource.id);
    this.done = next;
    if (this.keepOnDevice) saveDone(storageOf('localStorage'), next);
    this.dispatchEvent(
      new CustomEvent('otd-resource-done', {
        detail: { resourceId: resource.id, done: checked },
        bubbles: true,
        composed: true,
      }),
    );
    const modules = moduleProgress(this.resources, this.mandatory, next).filter(
      (p) => resource.origin === 'self_study' && resource.aspects.includes(p.aspect),
    );
    if (!modules.length) return;
    await this.liveRegion.announce(
      modules.map((p) => this.messages.progress(this.topicName(p.aspect), p.done, p.total)).join('. '),
    );
  }

  private handleKeep(event: Event): void {
    this.keepOnDevice = (event.target as HTMLInputElement).checked;
    const local = storageOf('localStorage');
    if (this.keepOnDevice) saveDone(local, this.done);
    else clearDone(local);
  }

  private handleOpen(resource: Resource, url: string): void {
    this.dispatchEvent(
      new CustomEvent('otd-resource-open', { detail: { resourceId: resource.id, url }, bubbles: true, composed: true }),
    );
  }

  private handleToSignup(): void {
    const target = document.querySelector<HTMLElement>('otd-course-signup');
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }

  private reasonText(reason: Reason): string {
    const r = this.messages.reason;
    return reason.question === 'competence' ? r.competence : r[reason.question][reason.answer];
  }

  private renderProgress(level: number): TemplateResult {
    const m = this.messages;
    const progress = moduleProgress(this.resources, this.mandatory, this.done);
    return html`
      <section class="progress" part="progress" aria-labelledby="progress-title">
        ${heading(level, m.progressTitle, { id: 'progress-title' })}
        ${progress.length
          ? html`<p class="modules-title" id="modules-title">${m.progressModules}</p>
              <ul class="modules" role="list" aria-labelledby="modules-title">
                ${progress.map(
                  (p) => html`<li>
                    <span>${m.progress(this.topicName(p.aspect), p.done, p.total)}</span>
                    <progress max=${p.total} .value=${p.done} aria-hidden="true"></progress>
                  </li>`,
                )}
              </ul>`
          : nothing}
        <label class="keep">
          <input type="checkbox" .checked=${this.keepOnDevice} @change=${this.handleKeep} aria-describedby="keep-hint" />
          <span>${m.keepOnDevice}</span>
        </label>
        <p class="hint" id="keep-hint">${m.keepOnDeviceHint}</p>
      </section>
    `;
  }

  private renderFilters(kinds: readonly ResourceKind[], shown: number, total: number): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    return html`
      <div class="filters" part="filters">
        <fieldset aria-describedby="kind-hint">
          <legend>${m.filterKind}</legend>
          <p class="hint" id="kind-hint">${m.filterKindHint}</p>
          <div class="options">
            ${kinds.map(
              (k) => html`<label class="option">
                <input type="checkbox" name="kind" value=${k} .checked=${this.kinds.includes(k)} @change=${(e: Event) => this.handleKind(k, e)} />
                <span>${m.kind[k]}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <fieldset aria-describedby="length-hint">
          <legend>${m.filterLength}</legend>
          <p class="hint" id="length-hint">${m.lengthHint}</p>
          <div class="options">
            <label class="option">
              <input type="radio" name="length" value="" .checked=${this.maxMinutes === undefined} @change=${this.handleLength} />
              <span>${m.lengthAll}</span>
            </label>
            ${LENGTH_LIMITS.map(
              (n) => html`<label class="option">
                <input type="radio" name="length" value=${n} .checked=${this.maxMinutes === n} @change=${this.handleLength} />
                <span>${m.lengthUpTo(formatDuration(n, lang))}</span>
              </label>`,
            )}
          </div>
        </fieldset>
      </div>
      <p class="count" part="status" role="status" aria-live="polite">${m.count(shown, total)}</p>
    `;
  }

  /** One item; `why` says why it is among the items shown first. */
  private renderResource(resource: Resource, level: number, key: string, why?: string): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const title = localize(resource.title, lang);
    const titleId = `r-${key}`;
    const url = resource.url;
    const duration =
      resource.durationMinutes !== undefined
        ? formatDuration(resource.durationMinutes, lang)
        : resource.durationText && localize(resource.durationText, lang);
    const durationLang =
      resource.durationMinutes === undefined && resource.durationText ? fallbackLang(resource.durationText, lang) : undefined;
    const titleText = html`<span id=${titleId} lang=${ifDefined(fallbackLang(resource.title, lang))}>${title}</span>`;
    return html`
      <li class="resource" part="resource">
        <article aria-labelledby=${titleId}>
          ${heading(
            level,
            url
              ? html`<a href=${url} target="_blank" rel="noopener noreferrer" @click=${() => this.handleOpen(resource, url)}
                  >${titleText}<span class="visually-hidden"> ${m.newTab}</span></a
                >`
              : titleText,
            { part: 'resource-title' },
          )}
          <ul class="meta" role="list">
            <li class="kind">${m.kind[resource.kind]}</li>
            <li lang=${ifDefined(fallbackLang(resource.provider, lang))}>${localize(resource.provider, lang)}</li>
            ${duration ? html`<li lang=${ifDefined(durationLang)}>${duration}</li>` : nothing}
            ${resource.skjAccredited ? html`<li class="skj">${m.skj}</li>` : nothing}
          </ul>
          ${why ? html`<p class="why">${why}</p>` : nothing}
          ${resource.description
            ? html`<p lang=${ifDefined(fallbackLang(resource.description, lang))}>${localize(resource.description, lang)}</p>`
            : nothing}
          ${resource.freelyShareable === false || resource.note
            ? html`<p class="note">
                ${resource.freelyShareable === false ? html`<strong>${m.notShareable}</strong>` : nothing}
                ${resource.note ? html`<span lang=${ifDefined(fallbackLang(resource.note, lang))}>${localize(resource.note, lang)}</span>` : nothing}
              </p>`
            : nothing}
          ${url ? nothing : html`<p class="no-url">${m.noUrl}</p>`}
          <label class="done" part="done">
            <input type="checkbox" .checked=${this.done.has(resource.id)} @change=${(e: Event) => this.handleDone(resource, e)} />
            <span>${m.done}<span class="visually-hidden">${m.doneOf(title)}</span></span>
          </label>
        </article>
      </li>
    `;
  }

  private renderPart(topic: TopicId, part: TopicPart, level: number): TemplateResult {
    const m = this.messages;
    const id = `p-${topic}-${part.origin}`;
    let body: TemplateResult;
    if (part.note) body = html`<p class="none">${part.note.text[this.resolvedLang]}</p>`;
    else if (part.resources.length) {
      body = html`<ul class="resources tiles" role="list" aria-labelledby=${id}>
        ${part.resources.map((r) => this.renderResource(r, level + 1, `${topic}-${r.id}`))}
      </ul>`;
    } else body = html`<p class="none">${m.filteredOut}</p>`;
    return html`<div class="part">${heading(level, m.origin[part.origin], { id })} ${body}</div>`;
  }

  private renderSafety(): TemplateResult {
    const m = this.messages;
    const link = (href: string, text: string, by: string) =>
      html`<li>
        <a href=${href} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> ${m.newTab}</span></a>
        (${by})
      </li>`;
    return html`
      <div class="safety" part="safety">
        <p>${m.safetyPointers}</p>
        <ul>
          ${link(MELDCODE_URL, m.meldcode, m.meldcodeBy)}
          ${link(RICHTLIJN_KINDERMISHANDELING_URL, m.richtlijn, m.richtlijnBy)}
        </ul>
      </div>
    `;
  }

  private renderGroup(group: TopicGroup, level: number): TemplateResult {
    const m = this.messages;
    const id = `g-${group.topic}`;
    return html`
      <section class="group" part="group" aria-labelledby=${id} data-topic=${group.topic}>
        ${heading(
          level,
          html`${this.topicName(group.topic)}${group.mandatory ? html` <span class="badge">${m.mandatory}</span>` : nothing}`,
          { id, part: 'group-heading' },
        )}
        ${group.reasons.length
          ? html`<p class="why"><strong>${m.why}</strong> ${listFormat(this.resolvedLang, group.reasons.map((r) => this.reasonText(r)))}.</p>`
          : nothing}
        ${group.parts.map((p) => this.renderPart(group.topic, p, level + 1))}
        ${group.topic === 'veiligheid' ? this.renderSafety() : nothing}
      </section>
    `;
  }

  /** The few items that matter most, each with why (see `topPicks`). */
  private renderTop(picks: readonly TopPick[], level: number): TemplateResult {
    const m = this.messages;
    const why = (p: TopPick) =>
      p.why === 'mandatory'
        ? m.whyMandatory(this.topicName(p.topic))
        : m.whyFocus(
            this.topicName(p.topic).toLocaleLowerCase(intlLocale(this.resolvedLang)),
            listFormat(this.resolvedLang, p.reasons.map((r) => this.reasonText(r))),
          );
    return html`
      <section class="top" part="top" aria-labelledby="top-title">
        ${heading(level, m.topTitle, { id: 'top-title' })}
        <p class="hint">${m.topIntro}</p>
        <ol class="resources tiles" role="list">
          ${picks.map((p) => this.renderResource(p.resource, level + 1, `top-${p.resource.id}`, why(p)))}
        </ol>
      </section>
    `;
  }

  private renderPath(level: number): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const path = DEFAULT_LEARNING_PATH;
    const model = path.model[lang];
    const here = path.selfStudy.activityId;
    const signup = document.querySelector('otd-course-signup');
    return html`
      <section class="path" part="learning-path" aria-labelledby="path-title">
        ${heading(level, m.pathTitle, { id: 'path-title' })}
        <p>${m.pathIntro(model.charAt(0).toLowerCase() + model.slice(1))}</p>
        <details class="levels-more">
          <summary>${m.pathLevels}</summary>
          <ol class="levels" role="list">
            ${path.levels.map(
              (l) => html`
                <li class="level">
                  ${heading(level + 1, `${l.order}. ${l.title[lang]}`)}
                  <p class="hint">${l.description[lang]}</p>
                  <ul class="activities">
                    ${l.activities.map(
                      (a) => html`<li class=${a.id === here ? 'here' : ''}>
                        <strong>${a.title[lang]}</strong>${a.id === here ? html` <span class="badge">${m.selfStudyHere}</span>` : nothing}
                        ${a.content.map((c) => html`<p>${c[lang]}</p>`)}
                      </li>`,
                    )}
                  </ul>
                </li>
              `,
            )}
          </ol>
        </details>
        ${signup
          ? html`<p><button type="button" class="action" part="button" @click=${this.handleToSignup}>${m.toSignup}</button></p>`
          : nothing}
      </section>
    `;
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), resourceRecommenderCatalogue, defaultContentCatalogue];
  }

  protected override renderTitle(): unknown {
    return this.messages.heading;
  }

  protected override renderBody(): TemplateResult {
    const m = this.messages;
    const level = this.level;
    const resources = this.resources;
    const result = this.activeResult;
    const inTopics = resources.filter((r) => r.aspects.some((a) => this.topics.includes(a)));
    const { focus, rest } = recommend(resources, {
      topics: this.topics,
      mandatory: MANDATORY_SELF_STUDY_ASPECTS,
      notes: DEFAULT_RESOURCES.aspectNotes,
      result,
      filter: { kinds: this.kinds, maxMinutes: this.maxMinutes },
    });
    const groups = (list: readonly TopicGroup[]) => list.map((g) => this.renderGroup(g, level + 1));
    const picks = topPicks({ focus, rest }, { mandatory: this.mandatory, done: this.doneBefore });
    return html`
      <p class="intro">${m.intro}</p>
      ${this.renderProgress(level + 1)}
      ${this.renderFilters(kindsIn(inTopics), countResources([...focus, ...rest]), inTopics.length)}
      ${result ? html`<p class="scan-note">${focus.length ? m.scanOrdered : m.scanNoFocus}</p>` : nothing}
      ${picks.length
        ? html`${this.renderTop(picks, level + 1)}
            <details class="more" part="more">
              <summary>${m.more}</summary>
              ${groups(focus)} ${groups(rest)}
            </details>`
        : focus.length
        ? html`${groups(focus)}
          ${rest.length
            ? html`<details class="more" part="more">
                <summary>${m.more}</summary>
                ${groups(rest)}
              </details>`
            : nothing}`
        : groups(rest)}
      ${this.renderPath(level + 1)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-resource-recommender': OtdResourceRecommender;
  }
  interface GlobalEventHandlersEventMap {
    'otd-resource-open': CustomEvent<ResourceOpenDetail>;
    'otd-resource-done': CustomEvent<ResourceDoneDetail>;
  }
}
