// What every refusal owes a Korean reader: a code of the catalogue, and texts without an English sentence.
// A field's path and its params' values are the caller's words or the system's ids (an answer's option ids,
// a decision sent), shown as they are: they are taken out before the texts are read.
import { CATALOGUE } from '#domain';
import { englishSentencesIn } from './english.js';

interface ErrorBody {
  code: string;
  message: string;
  fields?: { field: string; params: Record<string, unknown>; message: string }[];
}

/** Each fault of a refusal's body as a Korean reader gets it; none when it is as it should be. */
export function koreanRefusalFaults(body: ErrorBody): string[] {
  const faults = Object.hasOwn(CATALOGUE, body.code) ? [] : [`${body.code} is not a code of the catalogue`];
  const fields = body.fields ?? [];
  const echoes = fields
    .flatMap(({ field, params }) => [field, ...Object.values(params).flat().map(String)])
    .filter((echo) => echo.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const text of [body.message, ...fields.map((f) => f.message)]) {
    const english = englishSentencesIn(echoes.reduce((rest, echo) => rest.split(echo).join(' '), text));
    if (english.length > 0) faults.push(`English in "${text}": ${english.join(' | ')}`);
  }
  return faults;
}
