import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ASPECT_IDS,
  fallbackLang,
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
import { contactsFor, mergeContacts, orderAspects } from '../../logic/escalation.js';
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

const PROTECTED_IDS = [VEILIG_THUIS_CONTACT_ID, EMERGENCY_CONTACT_ID];
const EMERGENCY_TEL = parseDutchPhone('112')!;
const VEILIG_THUIS_TEL = parseDutchPhone('0800-2000')!;

/**
 * @summary Whom to call when a case is beyond you: contacts per aspect of a divorce and per Twente
 * municipality (the "sociale kaart"), with call, e-mail, website, copy and save-as-contact actions.
 *
 * @tag otd-escalation-card
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The card heading.
 * @csspart picker - The municipality picker.
 * @csspart aspect - One aspect's group of contacts.
 * @csspart aspect-heading - The heading of an aspect's group.
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart actions - A contact's list of actions.
 * @csspart action - One action link or button.
 * @csspart closing - The closing line with 112 and Veilig Thuis.
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
 * @cssprop --otd-pointer-target-min-size - Smallest height of actions and the municipality picker (touch targets).
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

  private renderContact(contact: Contact, headingLevel: number, key: string): TemplateResult {
    const m = this.messages;
    const lang = this.resolvedLang;
    const name = localize(contact.name, lang);
    const phone = contact.phone ? parseDutchPhone(contact.phone) : null;
    const headingId = `contact-${key}`;
    const vcard = toVCard({
      name,
      organisation: contact.organisation ? localize(contact.organisation, lang) : undefined,
      tel: phone?.tel,
      email: contact.email,
      url: contact.website,
      note: localize(contact.reason, lang),
    });
    return html`
      <li class="contact" part="contact">
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

  private renderContactList(contacts: readonly Contact[], headingLevel: number, group: string): TemplateResult {
    if (!contacts.length) return html`<p class="empty">${this.messages.noContacts}</p>`;
    return html`<ul class="contacts tiles" role="list">
      ${contacts.map((c) => this.renderContact(c, headingLevel, `${group}-${c.id}`))}
    </ul>`;
  }

  private renderAspect(
    aspect: AspectId,
    contacts: readonly Contact[],
    level: number,
    unsure: boolean,
  ): TemplateResult {
    const m = this.messages;
    const info = DEFAULT_ASPECTS.find((a) => a.id === aspect)!;
    const { shown, hiddenLocal } = contactsFor(contacts, aspect, this.activeMunicipality);
    const headingId = `aspect-${aspect}`;
    return html`
      <section class="aspect ${unsure ? 'unsure' : ''}" part="aspect" aria-labelledby=${headingId} data-aspect=${aspect}>
        ${heading(level, info.name[this.resolvedLang], { id: headingId, part: 'aspect-heading' })}
        ${unsure ? html`<p class="scan-note">${m.scanUnsure}</p>` : nothing}
        ${this.renderContactList(shown, level + 1, aspect)}
        ${hiddenLocal && !this.fixedMunicipality ? html`<p class="hint">${m.hiddenLocal(hiddenLocal)}</p>` : nothing}
      </section>
    `;
  }

  private renderClosing(): TemplateResult {
    const m = this.messages;
    const emergency = NATIONAL_CONTACTS.find((c) => c.id === EMERGENCY_CONTACT_ID)!;
    const veiligThuis = NATIONAL_CONTACTS.find((c) => c.id === VEILIG_THUIS_CONTACT_ID)!;
    return html`
      <aside class="closing" part="closing" aria-label=${m.emergencyLabel}>
        <p>
          ${m.emergencyDanger}
          <a href=${`tel:${EMERGENCY_TEL.tel}`} @click=${() => this.handleAction(emergency, 'phone')}>${EMERGENCY_TEL.display}</a>.
          ${m.emergencyVeiligThuis}
          <a href=${`tel:${VEILIG_THUIS_TEL.tel}`} @click=${() => this.handleAction(veiligThuis, 'phone')}
            >${VEILIG_THUIS_TEL.display}</a
          >
          ${m.emergencyVeiligThuisNote}
        </p>
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
    const result = this.scan.result;
    const contacts = mergeContacts(NATIONAL_CONTACTS, this.partnerContent.contacts, PROTECTED_IDS);
    const unsure = escalationNeeds(result);
    const municipality = MUNICIPALITIES.find((mu) => mu.id === this.activeMunicipality);
    const body = this.fixedAspect
      ? html`
          ${unsure.has(this.fixedAspect) ? html`<p class="scan-note">${m.scanUnsure}</p>` : nothing}
          ${this.renderContactList(contactsFor(contacts, this.fixedAspect, this.activeMunicipality).shown, level + 1, this.fixedAspect)}
        `
      : html`
          ${result && unsure.size ? html`<p class="scan-note">${m.scanOrdered}</p>` : nothing}
          ${orderAspects(ASPECT_IDS, result).map((a) => this.renderAspect(a, contacts, level + 1, unsure.has(a)))}
        `;
    return html`
      <p class="intro">${m.intro}</p>
      ${this.renderPicker()}
      ${municipality ? html`<p class="hint">${m.municipalityChosen(municipality.name)}</p>` : nothing}
      ${body} ${this.renderClosing()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otd-escalation-card': OtdEscalationCard;
  }
}
