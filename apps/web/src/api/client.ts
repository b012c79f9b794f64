// Calls to the API, typed by the OpenAPI document (schema.d.ts is generated from it: npm run web:types).
// Every call sends the console's language, so refusals come back in Korean or English.
import { errorFrom } from './errors.js';
import type { components } from './schema.js';

export type Schemas = components['schemas'];
export type Proposal = Schemas['ProposalView'];
export type Task = Schemas['TaskView'];
export type InboxTask = Schemas['InboxTaskView'];
export type Questionnaire = Schemas['QuestionnaireView'];
export type Question = Schemas['QuestionView'];
export type Preview = Schemas['AssessmentPreviewView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type StalledItem = Schemas['StalledItemView'];
export type Metrics = Schemas['AdminMetricsView'];
export type RegisterEntry = Schemas['RegisterEntryView'];
export type SignInOptions = Schemas['SignInOptionsView'];
export type ProposalDraft = Schemas['CreateProposalDto'];
export type Answers = ProposalDraft['answers'];

interface Context {
  token?: string;
  language: 'ko' | 'en';
  onUnauthorized?: () => void;
}
let context: Context = { language: 'ko' };
export const configureApi = (next: Context) => void (context = next);

async function call<T>(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  onResponse?: (response: Response) => void,
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      'Accept-Language': context.language,
      ...(context.token ? { Authorization: `Bearer ${context.token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401 && context.token) context.onUnauthorized?.();
  if (!response.ok) throw await errorFrom(response, context.language);
  onResponse?.(response);
  return (await response.json()) as T;
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => call<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => call<T>('PATCH', path, body);

/** `?a=1&b=2` from the set values. */
export const query = (params: Record<string, string | number | undefined>) => {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][];
  return set.length ? `?${new URLSearchParams(set.map(([k, v]) => [k, String(v)]))}` : '';
};

/** A list the API answers as an array, with the whole count in `X-Total-Count` (the inbox, an audit log). */
export async function getCounted<T>(path: string): Promise<{ items: T[]; total: number }> {
  let total = 0;
  const items = await call<T[]>('GET', path, undefined, (response) => (total = Number(response.headers.get('X-Total-Count'))));
  return { items, total };
}
