import { assessmentVoice, readsOnBehalf } from './voice';

describe('how the assessment pages speak', () => {
  it('speaks to the ICS lead about their own self-assessment', () => {
    const voice = assessmentVoice('Devon', false);
    expect(voice.heading(true)).toBe('Complete your self-assessment');
    expect(voice.heading(false)).toBe('Your self-assessment');
    expect(voice.backToList).toEqual({ to: '/assessments', label: 'Back to your assessments' });
    expect(voice.backToAssessment).toBe('Back to your assessment');
    expect(voice.copied('Baseline 2025')).toBe('Copied your answers from Baseline 2025. Check each domain and change what is different now.');
  });

  it('speaks to a coach recording it on the ICS’s behalf about the ICS’s', () => {
    const voice = assessmentVoice('Devon', true);
    expect(voice.heading(true)).toBe('Complete Devon’s self-assessment');
    expect(voice.heading(false)).toBe('Devon’s self-assessment');
    expect(voice.backToList).toEqual({ to: '/cohorts', label: 'Back to cohorts' });
    expect(voice.backToAssessment).toBe('Back to Devon’s assessment');
    expect(voice.answersHeading).toBe('Devon’s answers');
    expect(voice.checkHeading).toBe('Check Devon’s answers before you submit');
    expect(voice.withdrawHint).toBe('Until the review starts, you can withdraw Devon’s submission, change its answers and submit it again.');
  });

  it('tells a coach who submitted on the ICS’s behalf what they did, not as if they were the ICS lead', () => {
    const coach = assessmentVoice('Devon', true).submitted;
    expect(coach.done).toBe('You submitted Devon’s assessment on its behalf. Its ICS leads have been told.');
    expect(coach.view).toBe('View Devon’s submitted assessment');
    const lead = assessmentVoice('Devon', false).submitted;
    expect(lead.done).toBeNull();
    expect(lead.next[0]).toMatch(/^Your programme coach will review your answers/);
    // Nothing the coach reads speaks to them as the ICS.
    const words = Object.values(assessmentVoice('Devon', true)).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' ? Object.values(v).flat() : []));
    for (const text of [...words, ...coach.next]) expect(String(text)).not.toMatch(/\byour (coach|programme coach|answers|submission)\b/i);
  });

  it('takes the coach’s voice only on the assisted route, and never for one of the ICS’s own leads', () => {
    const assisted = { recordedOnBehalfBy: 'Chris Coach', system: { id: 's1' } };
    expect(readsOnBehalf(assisted, [])).toBe(true);
    expect(readsOnBehalf(assisted, ['s2'])).toBe(true);
    expect(readsOnBehalf(assisted, ['s1'])).toBe(false);
    expect(readsOnBehalf({ recordedOnBehalfBy: null, system: { id: 's1' } }, [])).toBe(false);
  });
});
