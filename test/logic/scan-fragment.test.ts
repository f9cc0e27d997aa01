// The answer a kick-off on a partner's page hands to the platform's self-scan in the link's fragment:
// one format, versioned, and strict (anything it does not know is ignored entirely).
import { expect } from '@open-wc/testing';
import { AGREEMENT_ANSWERS, ASPECT_IDS, YES_NO_MAYBE_ANSWERS } from '../../src/content/model.js';
import { DEFAULT_SURVEY } from '../../src/content/default/survey.js';
import {
  decodeScanFragment,
  encodeScanFragment,
  fragmentAnswer,
  answerIn,
  handoverAnswer,
  withFragmentAnswer,
  linkWithAnswer,
  parseQuestionId,
  QUESTION_IDS,
  questionId,
  type FragmentAnswer,
} from '../../src/logic/scan-fragment.js';

describe('the scan fragment', () => {
  it('encodes one answer as otd-scan=1;<survey question id>=<answer id>', () => {
    expect(encodeScanFragment({ topic: 'juridisch', kind: 'competence', answer: 'oneens' })).to.equal('otd-scan=1;juridisch.competence=oneens');
    expect(encodeScanFragment({ topic: 'financieel', kind: 'knowledgeSource', answer: 'nee' })).to.equal(
      'otd-scan=1;financieel.knowledge_source=nee',
    );
    expect(encodeScanFragment({ topic: 'general', kind: 'competence', answer: 'sterk_mee_eens' })).to.equal(
      'otd-scan=1;general.competence=sterk_mee_eens',
    );
  });

  it("names the questions by the survey's own ids, and knows exactly the survey's questions", () => {
    const known = DEFAULT_SURVEY.questions.map((q) => q.id).sort();
    const ours = DEFAULT_SURVEY.questions.map((q) => questionId(q.aspect, q.kind)).sort();
    expect(ours).to.deep.equal(known);
    expect(QUESTION_IDS).to.deep.equal(DEFAULT_SURVEY.questions.map((q) => q.id));
    for (const q of DEFAULT_SURVEY.questions) {
      expect(parseQuestionId(q.id), q.id).to.deep.equal({ topic: q.aspect, kind: q.kind });
      // Every answer of the question's own scale, and no other.
      for (const option of DEFAULT_SURVEY.scales[q.scale]) expect(fragmentAnswer(q.id, option.id), `${q.id}=${option.id}`).to.not.equal(undefined);
      const other = q.scale === 'agreement' ? YES_NO_MAYBE_ANSWERS : AGREEMENT_ANSWERS;
      for (const answer of other) expect(fragmentAnswer(q.id, answer), `${q.id}=${answer}`).to.equal(undefined);
    }
    for (const id of ['general.knowledge_source', 'general.escalation', 'juridisch.knowledgeSource', 'juridisch', 'onbekend.competence', 'juridisch.competence.x', '']) {
      expect(parseQuestionId(id), id).to.equal(undefined);
    }
  });

  it('decodes what it encodes, for every question and answer, with or without the #', () => {
    for (const q of DEFAULT_SURVEY.questions) {
      for (const option of DEFAULT_SURVEY.scales[q.scale]) {
        const answer = fragmentAnswer(q.id, option.id)!;
        const fragment = encodeScanFragment(answer);
        expect(decodeScanFragment(fragment)).to.deep.equal(answer);
        expect(decodeScanFragment(`#${fragment}`)).to.deep.equal(answer);
      }
    }
  });

  it('ignores anything else entirely: other versions, unknown questions or answers, extra parts, other fragments', () => {
    const ignored = [
      '',
      '#',
      '#zelfscan',
      '#otd-scan',
      '#otd-scan=1',
      '#otd-scan=1;',
      '#otd-scan=2;juridisch.competence=oneens',
      '#otd-scan=0;juridisch.competence=oneens',
      '#otd-scan=1;juridisch.competence=',
      '#otd-scan=1;juridisch.competence=ONEENS',
      '#otd-scan=1;Juridisch.competence=oneens',
      '#otd-scan=1;juridisch.competence=ja',
      '#otd-scan=1;juridisch.escalation=oneens',
      '#otd-scan=1;juridisch.knowledgeSource=ja',
      '#otd-scan=1;general.escalation=ja',
      '#otd-scan=1;onbekend.competence=oneens',
      '#otd-scan=1;juridisch.competence=oneens;financieel.competence=oneens',
      '#otd-scan=1;juridisch.competence=oneens&x=1',
      '#otd-scan=1;juridisch.competence=oneens ',
      '#otd-scan=1;juridisch.competence=on%65ens',
      '#otd-scan=1;juridisch.competence=__proto__',
      '#otd-scan=1;juridisch.competence=constructor',
      '#xotd-scan=1;juridisch.competence=oneens',
      '#otd-scan=1;juridisch.competence=oneens#',
    ];
    for (const hash of ignored) expect(decodeScanFragment(hash), JSON.stringify(hash)).to.equal(undefined);
  });

  it('puts the answer in the fragment of the link, replacing a fragment the link had, keeping its path and query', () => {
    const answer: FragmentAnswer = { topic: 'financieel', kind: 'escalation', answer: 'misschien' };
    expect(linkWithAnswer('https://platform.example/zelfscan?bron=nieuws', answer)).to.equal(
      'https://platform.example/zelfscan?bron=nieuws#otd-scan=1;financieel.escalation=misschien',
    );
    expect(linkWithAnswer('https://platform.example/#zelfscan', answer)).to.equal(
      'https://platform.example/#otd-scan=1;financieel.escalation=misschien',
    );
    // What a browser makes of the link's fragment decodes to the same answer.
    const url = new URL(linkWithAnswer('https://platform.example/', answer));
    expect(decodeScanFragment(url.hash)).to.deep.equal(answer);
  });

  it('covers all six aspects', () => {
    for (const aspect of ASPECT_IDS) {
      expect(decodeScanFragment(`#otd-scan=1;${aspect}.escalation=nee`)).to.deep.equal({ topic: aspect, kind: 'escalation', answer: 'nee' });
    }
  });
});

describe('the hand-over into a scan', () => {
  const aspects = ['juridisch', 'financieel'] as const;
  it('takes a valid answer to a question the scan asks and has not answered', () => {
    expect(handoverAnswer('#otd-scan=1;juridisch.competence=oneens', aspects, { aspects: {} })).to.deep.equal({
      topic: 'juridisch',
      kind: 'competence',
      answer: 'oneens',
    });
    expect(handoverAnswer('#otd-scan=1;general.competence=eens', aspects, { aspects: {} })?.answer).to.equal('eens');
  });
  it('ignores a malformed fragment, a question the scan does not ask, and one already answered', () => {
    expect(handoverAnswer('#otd-scan=1;juridisch.competence=nee', aspects, { aspects: {} })).to.equal(undefined);
    expect(handoverAnswer('#otd-scan=1;veiligheid.escalation=nee', aspects, { aspects: {} })).to.equal(undefined);
    expect(handoverAnswer('#otd-scan=1;juridisch.competence=oneens', aspects, { aspects: { juridisch: { competence: 'eens' } } })).to.equal(
      undefined,
    );
  });
  it('fills the answer in without changing the answers it was given', () => {
    const before = { aspects: { juridisch: { knowledgeSource: 'ja' as const } } };
    const after = withFragmentAnswer(before, { topic: 'juridisch', kind: 'competence', answer: 'oneens' });
    expect(after.aspects.juridisch).to.deep.equal({ knowledgeSource: 'ja', competence: 'oneens' });
    expect(before.aspects.juridisch).to.deep.equal({ knowledgeSource: 'ja' });
    expect(answerIn(after, { topic: 'juridisch', kind: 'competence', answer: 'eens' })).to.equal('oneens');
  });
});
