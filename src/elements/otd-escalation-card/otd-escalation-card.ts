import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ASPECT_IDS,
  fallbackLang,
  intlLocale,
  localize,
  MUNICIPALITY_IDS,
  type AspectId,
  type MunicipalityId,
} from '../../content/model.js';
import type { Contact } from '../../content/schema/contacts.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import {
  EMERGENCY_CONTACT_ID,
  NATIONAL_CONTACTS,
  VEILIG_THUIS_CONTACT_ID,
} from '../../content/default/contacts.js';
import { findMunicipality, MUNICIPALITIES } from '../../content/default/municipalities.js';
import type { ContentIssue } from '../../content/issues.js';
import { listContacts, mergeContacts, type ListedContact } from '../../logic/escalation.js';
import { parseDutchPhone } from '../../content/phone.js';
import { escalationNeeds } from '../../logic/scan-result.js';
import { toVCard, vCardFileName } from '../../logic/vcard.js';
import { unknownValueIssue } from '../../internal/attributes.js';
import type { ContactChannel } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import type { Catalogue } from '../../content/catalogue.js';
import { OtdElement } from '../../internal/otd-element.js';
import { ScanFollower } from '../../internal/scan-follower.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { badgeStyles, controlStyles, tileListStyles } from '../../styles/parts.js';
import { widgetStyles } from '../../styles/widget.js';
import { escalationCardCatalogue, type EscalationCardMessages } from './otd-escalation-card.messages.js';
import { styles } from './otd-escalation-card.styles.js';

/** Veilig Thuis and 112: no content changes them, and they are on the card whatever it is filtered to. */
const PROTECTED_IDS = [VEILIG_THUIS_CONTACT_ID, EMERGENCY_CONTACT_ID];

/**
 * @summary Whom to call when a case is beyond you: the contacts of the "sociale kaart", each once with
 * the aspects of a divorce it helps with, filtered by aspect and Twente municipality, the scan's needs
 * first, with call, e-mail, website, copy and save-as-contact actions; Veilig Thuis and 112 always.
 *
 * @tag otd-escalation-card
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The card heading.
 * @csspart picker - The municipality picker.
 * @csspart filter - The choice of aspect ("Contacten voor").
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart tags - The aspects a contact helps with.
 * @csspart actions - A contact's list of actions.
 * @csspart action - One action link or button.
 * @csspart closing - Veilig Thuis and 112, after the list and always shown.
 * @csspart content-error - The readable error shown when partner content or an attribute is not valid.
 * @csspart loading - The loading line while `content-src` loads.
 *
 * @cssprop --otd-color-primary - Action background (falls back to NL Design System button tokens).
 * @cssprop --otd-color-on-primary - Action text colour on the primary background.
 * @cssprop --otd-color-text - Text colour.
 * @cssprop --otd-color-text-subtle - Colour of hints, organisation names and the loading line.
 * @cssprop --otd-color-background - Card background.
 * @cssprop --otd-color-surface - Background of each contact.
 * @cssprop --otd-color-border - Border colour.
 * @cssprop --otd-color-link - Link colour.
 * @cssprop --otd-color-link-hover - Link colour on hover.
 * @cssprop --otd-color-error - Colour of error marks.
 * @cssprop --otd-form-control-border-color - Border of the municipality picker.
 * @cssprop --otd-form-control-border-radius - Corner radius of the municipality picker (default: --otd-border-radius, then the theme's form-control radius).
 * @cssprop --otd-font-family - Font family.
 * @cssprop --otd-heading-font-family - Font family of headings (default: the font family).
 * @cssprop --otd-font-size - Base font size (default: the larger of 1rem and 16px).
 * @cssprop --otd-border-radius - Corner radius.
 * @cssprop --otd-focus-outline-color - Focus ring colour.
 * @cssprop --otd-focus-outline-width - Focus ring width (never under 2px).
 * @cssprop --otd-focus-outline-style - Focus ring style.
 * @cssprop --otd-focus-outline-offset - Focus ring distance from the element.
 * @cssprop --otd-pointer-target-min-size - Smallest height of actions, filter options and the municipality picker (touch targets).
 * @cssprop --otd-escalation-card-background-color - Background of the card itself.
 * @cssprop --otd-escalation-card-border-color - Border of the card itself.
 *
 * @fires otd-contact-action - A contact action was used; detail: `{ contactId, channel }`, channel one of
 * `phone`, `email`, `website`, `copy`, `vcard`.
 * @fires otd-content-error - Partner content or an attribute is not valid; detail: `{ source, issues }`.
 */
export class OtdEscalationCard extends OtdElement {
  static override styles = [tokens, hostStyles, widgetStyles, badgeStyles, controlStyles, tileListStyles, styles];
  static override readonly otdTag = 'otd-escalation-card';

  /** The scan this card follows, and its result. */
  private readonly scan = new ScanFollower(this);
  /** The municipality chosen in the picker (kept for this page visit only). */
  @state() private chosenMunicipality: MunicipalityId | '' = '';
  /** The aspect chosen in the filter; empty for all (kept for this page visit only). */
  @state() private chosenAspect: AspectId | '' = '';

  /** One aspect id (`juridisch`, `relationeel`, `ouderschap`, `veiligheid`, `financieel`, `professioneel`); without it, all aspects. */
  @property() aspect?: string;

  /** The municipality: an id (`hof-van-twente`), a name (`Hof van Twente`) or a CBS code (`GM1735`); without it, a picker. */
  @property() municipality?: string;

  /** The id of the `otd-self-scan` to follow (like `<label for>`); without it, any self-scan on the page. */
  @property({ attribute: 'for' }) htmlFor?: string;

  private fixedAspect?: AspectId;
  private fixedMunicipality?: MunicipalityId;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) this.scan.readExisting();
    if (changed.has('aspect') || changed.has('municipality')) {
      const issues: ContentIssue[] = [];
      const aspect = this.aspect?.trim().toLowerCase();
      this.fixedAspect = (ASPECT_IDS as readonly string[]).includes(aspect ?? '') ? (aspect as AspectId) : undefined;
      if (this.aspect && !this.fixedAspect) issues.push(unknownValueIssue('aspect', 'aspect', [this.aspect], ASPECT_IDS));
      this.fixedMunicipality = findMunicipality(this.municipality)?.id;
      if (this.municipality && !this.fixedMunicipality) {
        issues.push(unknownValueIssue('municipality', 'municipality', [this.municipality], MUNICIPALITY_IDS));
      }
      this.attributeIssues = issues;
    }
  }

  private get messages(): EscalationCardMessages {
    return this.messagesOf(escalationCardCatalogue);
  }

  private get activeMunicipality(): MunicipalityId | undefined {
    return this.fixedMunicipality ?? (this.chosenMunicipality || undefined);
  }

  private handleMunicipalityChange(event: Event): void {
    this.chosenMunicipality = (event.target as HTMLSelectElement).value as MunicipalityId | '';
  }

  private async handleAspectChange(aspect: AspectId | ''): Promise<void> {
    this.chosenAspect = aspect;
    await this.updateComplete;
    await this.liveRegion.announce(this.messages.shown(this.listed().shown.length, aspect ? this.aspectName(aspect) : undefined));
  }

  private aspectName(aspect: AspectId): string {
    return DEFAULT_ASPECTS.find((a) => a.id === aspect)!.name[this.resolvedLang];
  }

  /** The contacts the list shows now (Veilig Thuis and 112 are in the closing, never in the list). */
  private listed() {
    const fixed = this.fixedAspect ?? (this.chosenAspect || undefined);
    return listContacts(mergeContacts(NATIONAL_CONTACTS, this.partnerContent.contacts, PROTECTED_IDS), {
      aspects: fixed ? [fixed] : ASPECT_IDS,
      municipality: this.activeMunicipality,
      result: this.scan.result,
      exclude: PROTECTED_IDS,
    });
  }

  private handleAction(contact: Contact, channel: ContactChannel): void {
    this.dispatchEvent(
      new CustomEvent('otd-contact-action', {
        detail: { contactId: contact.id, channel },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async handleCopy(contact: Contact, display: string): Promise<void> {
    this.handleAction(contact, 'copy');
    // Clear first so the same message is announced again on a second copy.
    this.liveRegion.clear();
    let copied = true;
    try {
      await navigator.clipboard.writeText(display);
    } catch {
      copied = false;
    }
    await this.liveRegion.announce(copied ? this.messages.copied(display) : this.messages.copyFailed(display));
  }

  private renderPicker(): TemplateResult | typeof nothing {
    if (this.fixedMunicipality) return nothing;
    const m = this.messages;
    return html`
      <div class="picker" part="picker">
        <label for="municipality">${m.municipalityLabel}</label>
        <select class="control" id="municipality" aria-describedby="municipality-hint" @change=${this.handleMunicipalityChange}>
          <option value="" ?selected=${!this.chosenMunicipality}>${m.municipalityAll}</option>
          ${MUNICIPALITIES.map(
            (mu) => html`<option value=${mu.id} ?selected=${mu.id === this.chosenMunicipality}>${mu.name}</option>`,
          )}
        </select>
        <p id="municipality-hint" class="hint">${m.municipalityHint}</p>
      </div>
    `;
  }

  private renderFilter(): TemplateResult | typeof nothing {
    if (this.fixedAspect) return nothing;
    const m = this.messages;
    const option = (value: AspectId | '', label: string) =>
      html`<label class="option"
        ><input type="radio" name="aspect-filter" .value=${value} .checked=${this.chosenAspect === value} @change=${() => this.handleAspectChange(value)} /><span
          >${label}</span
        ></label
      >`;
    return html`
      <fieldset class="filter" part="filter">
        <legend>${m.filter}</legend>
        <div class="options">${option('', m.filterAll)} ${ASPECT_IDS.map((a) => option(a, this.aspectName(a)))}</div>
      </fieldset>
    `;
  }

  /** One contact; `unsure` marks the tags the scan put first, and the closing's contacts (no `unsure`) have no tags. */
  private renderContact({ contact, aspects }: ListedContact, headingLevel: number, unsure?: ReadonlySet<AspectId>): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const name = localize(contact.name, lang);
    const phone = contact.phone ? parseDutchPhone(contact.phone) : null;
    const headingId = `contact-${contact.id}`;
    const vcard = toVCard({
      name,
      organisation: contact.organisation ? localize(contact.organisation, lang) : undefined,
      tel: phone?.tel,
      email: contact.email,
      url: contact.website,
      note: localize(contact.reason, lang),
    });
    return html`
      <li class="contact" part="contact" data-aspects=${aspects.join(' ')}>
        <article aria-labelledby=${headingId}>
          ${heading(
            headingLevel,
            html`<span lang=${ifDefined(fallbackLang(contact.name, lang))}>${name}</span>${contact.example ? html` <span class="badge example">${m.example}</span>` : nothing}${contact.municipalities
              ? html` <span class="badge">${m.local}</span>`
              : nothing}`,
            { id: headingId, part: 'contact-name' },
          )}
          ${contact.organisation
            ? html`<p class="organisation" lang=${ifDefined(fallbackLang(contact.organisation, lang))}>${localize(contact.organisation, lang)}</p>`
            : nothing}
          <p class="reason" lang=${ifDefined(fallbackLang(contact.reason, lang))}>${localize(contact.reason, lang)}</p>
          ${contact.hours
            ? html`<p class="hours"><span class="label">${m.hours}:</span> <span lang=${ifDefined(fallbackLang(contact.hours, lang))}
                  >${localize(contact.hours, lang)}</span
                ></p>`
            : nothing}
          ${unsure
            ? html`<div class="tags" part="tags">
                <span class="tags-label" aria-hidden="true">${m.helpsWith}:</span>
                <ul role="list" aria-label=${m.helpsWith}>
                  ${aspects.map((a) => html`<li class=${unsure.has(a) ? 'tag unsure' : 'tag'} data-aspect=${a}>${this.aspectName(a)}</li>`)}
                </ul>
              </div>`
            : nothing}
          <ul class="actions" part="actions" aria-label=${m.actions(name)}>
            ${phone
              ? html`<li>
                  <a class="action primary" part="action" href=${`tel:${phone.tel}`} @click=${() => this.handleAction(contact, 'phone')}
                    >${m.call} ${phone.display}</a
                  >
                </li>`
              : nothing}
            ${contact.email
              ? html`<li>
                  <a class="action" part="action" href=${`mailto:${contact.email}`} @click=${() => this.handleAction(contact, 'email')}
                    >${m.email} ${contact.email}</a
                  >
                </li>`
              : nothing}
            ${contact.website
              ? html`<li>
                  <a
                    class="action"
                    part="action"
                    href=${contact.website}
                    target="_blank"
                    rel="noopener noreferrer"
                    @click=${() => this.handleAction(contact, 'website')}
                    >${m.website}<span class="visually-hidden"> ${m.websiteOf(name)} ${m.newTab}</span></a
                  >
                </li>`
              : nothing}
            ${phone
              ? html`<li>
                  <button class="action" part="action" type="button" @click=${() => this.handleCopy(contact, phone.display)}>
                    ${m.copy}<span class="visually-hidden"> ${m.copyOf(name)}</span>
                  </button>
                </li>`
              : nothing}
            <li>
              <a
                class="action"
                part="action"
                href=${`data:text/vcard;charset=utf-8,${encodeURIComponent(vcard)}`}
                download=${vCardFileName(contact.id)}
                @click=${() => this.handleAction(contact, 'vcard')}
                >${m.save}<span class="visually-hidden"> ${m.saveOf(name)}</span></a
              >
            </li>
          </ul>
        </article>
      </li>
    `;
  }

  private renderList(shown: readonly ListedContact[], level: number, unsure: ReadonlySet<AspectId>): TemplateResult {
    const m = this.messages;
    if (!shown.length) {
      const aspect = this.fixedAspect ?? this.chosenAspect;
      return html`<p class="empty">${aspect === 'veiligheid' ? m.noContactsSafety : m.noContacts}</p>`;
    }
    return html`<ul class="contacts tiles" role="list">
      ${shown.map((c) => this.renderContact(c, level, unsure))}
    </ul>`;
  }

  /**
   * Veilig Thuis and 112, after the list whatever it shows: partner content cannot change them.
   * `unsure`: the scan says the person does not know whom to escalate to about safety.
   */
  private renderClosing(level: number, unsure: boolean): TemplateResult {
    const emergency = listContacts(NATIONAL_CONTACTS.filter((c) => PROTECTED_IDS.includes(c.id)), { aspects: ASPECT_IDS });
    return html`
      <aside class="closing ${unsure ? 'unsure' : ''}" part="closing" aria-labelledby="closing-title" data-aspect="veiligheid">
        ${heading(level, this.messages.emergencyLabel, { id: 'closing-title' })}
        ${unsure ? html`<p class="scan-note">${this.messages.scanUnsure}</p>` : nothing}
        <ul class="contacts tiles" role="list">
          ${emergency.shown.map((c) => this.renderContact(c, level + 1))}
        </ul>
      </aside>
    `;
  }

  protected override catalogues(): readonly Catalogue<unknown>[] {
    return [...super.catalogues(), escalationCardCatalogue];
  }

  protected override renderTitle(): unknown {
    const m = this.messages;
    return this.fixedAspect
      ? html`${m.heading} <span class="aspect-name">${DEFAULT_ASPECTS.find((a) => a.id === this.fixedAspect)!.name[this.resolvedLang]}</span>`
      : m.heading;
  }

  protected override renderBody(): TemplateResult {
    const m = this.messages;
    const level = this.level;
    const unsure = escalationNeeds(this.scan.result);
    const municipality = MUNICIPALITIES.find((mu) => mu.id === this.activeMunicipality);
    const { shown, hiddenLocal } = this.listed();
    const one = this.fixedAspect ?? (this.chosenAspect || undefined);
    // The scan's needs that this list puts first: those with a contact in it (safety's are in the closing).
    const needs = ASPECT_IDS.filter((a) => unsure.has(a) && (!one || a === one) && shown.some((c) => c.aspects.includes(a)));
    let note: string | undefined;
    // Safety's note is in the closing, with Veilig Thuis and 112.
    if (one && unsure.has(one)) note = one === 'veiligheid' ? undefined : m.scanUnsure;
    else if (needs.length) {
      const locale = intlLocale(this.resolvedLang);
      note = m.scanOrdered(
        new Intl.ListFormat(locale, { type: 'conjunction' }).format(needs.map((a) => this.aspectName(a).toLocaleLowerCase(locale))),
      );
    }
    return html`
      <p class="intro">${m.intro}</p>
      ${this.renderPicker()}
      ${municipality ? html`<p class="hint">${m.municipalityChosen(municipality.name)}</p>` : nothing} ${this.renderFilter()}
      ${note ? html`<p class="scan-note">${note}</p>` : nothing} ${this.renderList(shown, level + 1, unsure)}
      ${hiddenLocal && !this.fixedMunicipality ? html`<p class="hint">${m.hiddenLocal(hiddenLocal)}</p>` : nothing}
      ${this.renderClosing(level + 1, unsure.has('veiligheid'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-escalation-card': OtdEscalationCard;
  }
}
