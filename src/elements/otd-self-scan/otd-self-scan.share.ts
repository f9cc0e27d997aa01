import { css, html, nothing, type TemplateResult } from 'lit';
import { MUNICIPALITIES } from '../../content/default/municipalities.js';
import type { MunicipalityId } from '../../content/model.js';
import { monthOf } from '../../content/scan-share-fields.js';
import type { ScanResult } from '../../logic/scan-result.js';
import { NO_MUNICIPALITY, shareOf } from '../../logic/scan-share.js';
import { ShareCourier, type ShareOutcome } from '../../logic/share-courier.js';
import { storageOf } from '../../logic/storage.js';
import { heading } from '../../internal/heading.js';
import { controlStyles } from '../../styles/parts.js';
import { shareCatalogue, type ShareMessages } from './otd-self-scan.share-messages.js';

/**
 * Sharing a finished scan with the region, loaded only by a scan with `share-endpoint` (when the
 * person reaches the result, or when an earlier share still waits to be sent): the choice, its one
 * paragraph, the municipality pick, and the page's courier that sends each share once.
 */

export { shareCatalogue as catalogue };

/** Where a share stands in the result: not asked yet, on its way, or what became of it. */
export type ShareState = 'idle' | 'sending' | ShareOutcome['kind'] | 'queued_memory';

export interface ShareContext {
  readonly m: ShareMessages;
  readonly state: ShareState;
  /** The municipality picked, or `liever_niet`. */
  readonly municipality: MunicipalityId | typeof NO_MUNICIPALITY;
  readonly onMunicipality: (value: MunicipalityId | typeof NO_MUNICIPALITY) => void;
  readonly onShare: () => void;
}

let courier: ShareCourier | undefined;

/** The page's one courier: sends what waits from earlier pages, and again when the network returns. */
export function pageCourier(): ShareCourier {
  if (!courier) {
    courier = new ShareCourier({ storage: storageOf('localStorage') ?? null, events: window });
    courier.start();
  }
  return courier;
}

/** Shares a finished scan once: the payload holds the group, the answers, the month and the municipality picked. */
export async function shareScan(
  endpoint: string,
  result: ScanResult,
  municipality: MunicipalityId | typeof NO_MUNICIPALITY,
): Promise<ShareState> {
  const outcome = await pageCourier().share(endpoint, shareOf(result, { municipality, month: monthOf(new Date()) }));
  return outcome.kind === 'queued' && !outcome.persistent ? 'queued_memory' : outcome.kind;
}

/** What the person reads once the share is settled (also announced). */
export function stateText(m: ShareMessages, state: ShareState): string {
  switch (state) {
    case 'sending':
      return m.sending;
    case 'sent':
      return m.sent;
    case 'queued':
      return m.queued;
    case 'queued_memory':
      return m.queuedMemory;
    case 'already_shared':
      return m.alreadyShared;
    case 'rejected':
    case 'bad_endpoint':
      return m.rejected;
    default:
      return '';
  }
}

/** The choice can be made while nothing was sent yet, or again after the receiver refused. */
const canShare = (state: ShareState) => state === 'idle' || state === 'rejected' || state === 'bad_endpoint';

export function renderShare(ctx: ShareContext, level: number): TemplateResult {
  const m = ctx.m;
  const text = stateText(m, ctx.state);
  return html`
    <section class="share" part="share" aria-labelledby="share-title">
      ${heading(level, m.title, { id: 'share-title' })}
      <p id="share-explain">${m.explain}</p>
      ${canShare(ctx.state)
        ? html`<div class="share-choice">
            <label for="share-municipality">${m.municipalityLabel}</label>
            <select
              id="share-municipality"
              class="control"
              @change=${(e: Event) => ctx.onMunicipality((e.target as HTMLSelectElement).value as MunicipalityId)}
            >
              <option value=${NO_MUNICIPALITY} ?selected=${ctx.municipality === NO_MUNICIPALITY}>${m.municipalityNone}</option>
              ${MUNICIPALITIES.map((mu) => html`<option value=${mu.id} ?selected=${mu.id === ctx.municipality}>${mu.name}</option>`)}
            </select>
            <div class="actions" part="actions">
              <button type="button" part="button" aria-describedby="share-explain" @click=${ctx.onShare}>${m.share}</button>
            </div>
          </div>`
        : nothing}
      ${text ? html`<p class="share-status ${ctx.state}" id="share-status" tabindex="-1">${text}</p>` : nothing}
    </section>
  `;
}

export const styles = css`
  ${controlStyles}
  .share {
    border-block-start: 1px solid var(--_otd-separator);
    margin-block-start: 1.5em;
  }
  .share p {
    max-inline-size: 65ch;
  }
  .share-choice {
    display: grid;
    gap: 0.25em;
    max-inline-size: 24em;
  }
  .share-choice label {
    font-weight: 700;
  }
  .share-status {
    border-inline-start: 0.25em solid var(--_otd-primary-bg);
    padding-inline-start: 0.5em;
  }
  .share-status.rejected {
    border-inline-start-color: var(--_otd-error);
  }
  @media print {
    .share {
      display: none;
    }
  }
`;
