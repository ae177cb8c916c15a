/** lexicon/cues.yaml: cue words that qualify findings (a workup item's status, a weakness's distribution and observation). */
import { closed, list, named, oneOf, phrases } from './common.ts';

export const workupCueSchema = named('phrases', closed({ phrases, status: oneOf(['ordered', 'resulted', 'planned']) }));

export const cuesSchema = closed({
  workupCues: list(workupCueSchema),
  /** Words that make a weakness mention generalized ("all over", "diffuse", "whole body"). */
  generalizedCues: phrases,
  /** Words that mark a mention as the patient's complaint ("reports") or an exam finding ("on exam"). */
  observationCues: list(named('phrases', closed({ phrases, observation: oneOf(['subjective', 'objective']) }))),
});
