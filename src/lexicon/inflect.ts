/**
 * Build-time inflection with compromise: a term written once in the lexicon ("feels weak", "hip
 * flexor") also matches its other verb forms ("felt weak", "feeling weak") and its plural ("hip
 * flexors"). Runs only in the lexicon build, so the browser never loads compromise's model for it.
 */
import nlp from 'compromise';

const VERB_FORMS = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund'] as const;

export function inflect(term: string): string[] {
  const words = term.split(/\s+/);
  const variants = new Set<string>();
  const doc = nlp(term);

  // Conjugate the first single-word verb in place.
  const verbs = doc.verbs();
  if (verbs.length > 0) {
    const verbText = verbs.eq(0).text('normal');
    const index = words.findIndex((w) => w.toLowerCase() === verbText);
    const forms = (verbs.conjugate()[0] ?? {}) as Record<string, string>;
    if (index >= 0) {
      for (const form of VERB_FORMS) {
        const value = forms[form];
        if (value && !value.includes(' ')) variants.add([...words.slice(0, index), value, ...words.slice(index + 1)].join(' '));
      }
    }
  }

  // Pluralise a final noun ("hip flexor" -> "hip flexors").
  const last = words[words.length - 1] ?? '';
  if (/^[a-z]+$/i.test(last) && verbs.length === 0) {
    const lastDoc = nlp(last);
    if (lastDoc.has('#Noun') && !lastDoc.has('#Adjective') && !lastDoc.has('#Plural')) {
      const plural = lastDoc.nouns().toPlural().text();
      if (plural && plural !== last && /^[a-z]+$/i.test(plural)) variants.add([...words.slice(0, -1), plural].join(' '));
    }
  }
  variants.delete(term);
  return [...variants].sort();
}
