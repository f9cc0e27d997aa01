import { html, type TemplateResult } from 'lit';
import type { AspectId, Lang } from '../../content/model.js';
import { DEFAULT_ASPECTS } from '../../content/default/aspects.js';
import { SCALE_OPTIONS } from '../../content/default/scales.js';
import type { FragmentAnswer } from '../../logic/scan-fragment.js';

export { answerIn, handoverAnswer, withFragmentAnswer } from '../../logic/scan-fragment.js';

/**
 * The hand-over from a kick-off (`<otd-kickoff>` on a partner's page): the link to the scan carries
 * one answer in its fragment (`logic/scan-fragment.ts`), the scan starts with it filled in, and its
 * intro says so, with a button to the step where the answer can be changed.
 */

const say = {
  nl: {
    about: { competence: 'je eigen kennis', knowledgeSource: 'waar je kennis haalt', escalation: 'naar wie je opschaalt' },
    topic: (aspect: string) => `(${aspect.toLowerCase()})`,
    general: 'je kennis en vaardigheden bij scheidingen',
    given: (about: string, answer: string) =>
      `Je antwoord van de vorige pagina staat al ingevuld: „${answer}" op de vraag over ${about}.`,
    change: 'Wijzig dit antwoord',
  },
  en: {
    about: { competence: 'your own knowledge', knowledgeSource: 'where you find knowledge', escalation: 'whom you escalate to' },
    topic: (aspect: string) => `(${aspect.toLowerCase()})`,
    general: 'your knowledge and skills around divorce',
    given: (about: string, answer: string) => `Your answer from the previous page is already filled in: "${answer}" to the question about ${about}.`,
    change: 'Change this answer',
  },
};

/** The step where the scan asks this question: "about you" (1) for the general one, else its aspect's. */
export function stepOf(given: FragmentAnswer, aspects: readonly AspectId[]): number {
  return given.topic === 'general' ? 1 : 2 + aspects.indexOf(given.topic);
}

/** The intro's line saying which answer came along, and the button to change it. */
export function renderHandover(given: FragmentAnswer, lang: Lang, onChange: () => void): TemplateResult {
  const m = say[lang];
  const scale = given.kind === 'competence' ? 'agreement' : 'yes_no_maybe';
  const answer = SCALE_OPTIONS[scale].find((o) => o.id === given.answer)!.label[lang];
  const about =
    given.topic === 'general'
      ? m.general
      : `${m.about[given.kind]} ${m.topic(DEFAULT_ASPECTS.find((a) => a.id === given.topic)!.name[lang])}`;
  return html`<p class="handover" part="handover">
    ${m.given(about, answer)}
    <button type="button" class="link-button" part="button" @click=${onChange}>${m.change}</button>
  </p>`;
}
