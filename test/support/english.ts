// What a Korean reader must never be shown: an English sentence. Three English words in a row count as one;
// single words (an id, a field path like answers.pi_people_affected, a version, "AI") do not.
const SENTENCE = /[A-Za-z]{2,}(?:[\s,;:'"()/-]+[A-Za-z]{2,}){2,}/g;

export const englishSentencesIn = (text: string): string[] => text.match(SENTENCE) ?? [];

/**
 * The proper names a Korean page may write in Latin letters, and nothing else: the product's, the system's
 * it links to, and the other language's own name on the language switch.
 */
const LATIN_ALLOWED = ['Bareun', 'Temporal', 'English'];

/**
 * Every English word in a text a Korean reader is shown: a run of Latin letters that is no identifier (an id,
 * a path, a version, a code in capitals like AI or TRANSPORT, an e-mail) and not a name of LATIN_ALLOWED.
 */
export function englishWordsIn(text: string): string[] {
  const tokens = text.match(/[A-Za-z0-9][A-Za-z0-9._@/:+-]*/g) ?? [];
  return tokens
    .map((token) => token.replace(/[.:/-]+$/, ''))
    .filter((token) => /[a-z]/.test(token) && !/[._@/:+\d-]/.test(token) && !LATIN_ALLOWED.includes(token));
}
