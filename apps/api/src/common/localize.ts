// Error messages in the caller's language: Korean when Accept-Language prefers it, English otherwise.
import { KOREAN } from './messages-ko.js';

type Language = 'ko' | 'en';

/** The preferred of ko and en by Accept-Language quality values; en when neither is asked for. */
export function preferredLanguage(header: string | undefined): Language {
  let best: { language: Language; q: number } = { language: 'en', q: 0 };
  for (const part of (header ?? '').split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const language = tag === 'ko' || tag.startsWith('ko-') ? 'ko' : tag === 'en' || tag.startsWith('en-') ? 'en' : undefined;
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    if (language && Number.isFinite(q) && q > best.q) best = { language, q };
  }
  return best.language;
}

/** One message in Korean; an unforeseen one keeps its English after a Korean lead, so nothing is lost. */
export function toKorean(message: string): string {
  // A workflow refusal may join several problems with '; ': each is translated on its own.
  if (message.includes('; ') && !/; (it is|try again)/.test(message)) return message.split('; ').map(toKorean).join('; ');
  for (const [pattern, translate] of KOREAN) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return `요청을 처리할 수 없습니다: ${message}`;
}

export function localize<T extends { message: string | string[] }>(reply: T, acceptLanguage: string | undefined): T {
  if (preferredLanguage(acceptLanguage) !== 'ko') return reply;
  const message = Array.isArray(reply.message) ? reply.message.map(toKorean) : toKorean(reply.message);
  return { ...reply, message };
}
