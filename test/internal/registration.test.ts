// Registration apart from the class: importing an element's class registers nothing; its define
// entry (what `dist/elements/<tag>.js` is built from) registers it.
import { expect } from '@open-wc/testing';
import { OtdCourseSignup } from '../../src/elements/otd-course-signup/otd-course-signup.js';
import { OtdEscalationCard } from '../../src/elements/otd-escalation-card/otd-escalation-card.js';
import { OtdResourceRecommender } from '../../src/elements/otd-resource-recommender/otd-resource-recommender.js';
import { OtdSelfScan } from '../../src/elements/otd-self-scan/otd-self-scan.js';

const CLASSES = {
  'otd-self-scan': OtdSelfScan,
  'otd-resource-recommender': OtdResourceRecommender,
  'otd-escalation-card': OtdEscalationCard,
  'otd-course-signup': OtdCourseSignup,
} as const;

describe('registration', () => {
  it('importing the classes registers no tag', () => {
    const tags = Object.keys(CLASSES);
    expect(tags).to.have.length(4);
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('each define entry registers its own class, and only that one', async () => {
    await import('../../src/define/otd-escalation-card.js');
    expect(customElements.get('otd-escalation-card')).to.equal(OtdEscalationCard);
    expect(customElements.get('otd-self-scan')).to.equal(undefined);
    await import('../../src/define/otd-self-scan.js');
    await import('../../src/define/otd-resource-recommender.js');
    await import('../../src/define/otd-course-signup.js');
    for (const [tag, ctor] of Object.entries(CLASSES)) expect(customElements.get(tag), tag).to.equal(ctor);
  });
});
