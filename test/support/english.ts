// What a Korean reader must never be shown: an English sentence. Three English words in a row count as one;
// single words (an id, a field path like answers.pi_people_affected, a version, "AI") do not.
const SENTENCE = /[A-Za-z]{2,}(?:[\s,;:'"()/-]+[A-Za-z]{2,}){2,}/g;

export const englishSentencesIn = (text: string): string[] => text.match(SENTENCE) ?? [];
