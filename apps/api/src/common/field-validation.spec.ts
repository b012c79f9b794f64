import { readdirSync, readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { CompleteTaskDto } from '../tasks/task.dto.js';
import { RevisionDto } from '../proposals/proposal-actions.dto.js';
import { UpdateUserDto } from '../directory/user.dto.js';
import { constraintName, CONSTRAINT_RULES, EACH_CONSTRAINT_RULES, fieldValidationRefusal } from './field-validation.js';

/** Every class exported by a module of the API that declares validation (class-validator or our own rules). */
type Class = abstract new (...args: never[]) => unknown;

async function validatedClasses(): Promise<Class[]> {
  const root = new URL('../', import.meta.url);
  const files = (readdirSync(root, { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  const declaring = files.filter((file) =>
    /from '(class-validator|\.\.\/common\/validation\.js)'/.test(readFileSync(new URL(file, root), 'utf8')),
  );
  const modules: object[] = [];
  // one at a time: jest's ESM loader fails concurrent imports of a shared dependency
  for (const file of declaring) modules.push(await import(new URL(file, root).href));
  return modules.flatMap((m) =>
    Object.values(m as Record<string, unknown>).filter((value): value is Class => typeof value === 'function'),
  );
}

it('has a code for every constraint any DTO uses, for one value and for each of a list', async () => {
  const storage = getMetadataStorage();
  const classes = await validatedClasses();
  const used = classes.flatMap((dto) =>
    storage
      .getTargetValidationMetadatas(dto, '', true, false)
      .filter((m) => m.type !== 'conditionalValidation') // IsOptional, ValidateIf: they refuse nothing
      .map((m) => `${m.each ? 'each ' : ''}${constraintName(m)}`),
  );
  expect(used.length).toBeGreaterThan(50);
  const uncoded = [...new Set(used)].filter((name) =>
    name.startsWith('each ') ? !EACH_CONSTRAINT_RULES[name.slice(5)] : !CONSTRAINT_RULES[name],
  );
  expect(uncoded).toEqual([]);
  expect(CONSTRAINT_RULES.whitelistValidation).toBeDefined(); // forbidNonWhitelisted's, in no DTO's metadata
});

const refusalOf = async (dto: Class, body: object) => {
  const errors = await validate(plainToInstance(dto as never, body) as object, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: true },
  });
  return fieldValidationRefusal(errors).refusal;
};

it('reads the params from the constraint, and gives a nested field its dotted path', async () => {
  const refusal = await refusalOf(RevisionDto, { reply: 'ok', changes: { title: 'x'.repeat(201), colour: 'blue' } });
  expect(refusal).toMatchObject({ kind: 'invalid', code: 'invalid_fields', params: { count: 2 } });
  expect(refusal.fields).toEqual(
    expect.arrayContaining([
      { field: 'changes.title', code: 'field_length', params: { field: 'changes.title', min: 1, max: 200 } },
      { field: 'changes.colour', code: 'field_not_allowed', params: { field: 'changes.colour' } },
    ]),
  );
});

it('a missing field is required; each of a list is checked as each; allowed values come along', async () => {
  const refusal = await refusalOf(CompleteTaskDto, { comment: '', conditions: ['fine', ' '] });
  expect(refusal.fields).toEqual([
    { field: 'decision', code: 'field_required', params: { field: 'decision' } },
    { field: 'conditions', code: 'field_item_blank', params: { field: 'conditions' } },
  ]);
  const domains = await refusalOf(UpdateUserDto, { domains: ['astrology'] });
  expect(domains).toMatchObject({
    code: 'field_item_not_one_of',
    params: { field: 'domains', values: ['technical', 'privacy_legal', 'ethics_social', 'accessibility', 'external'] },
  });
});

it('reports a flood of unknown fields shortly', async () => {
  const flood = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i]));
  const refusal = await refusalOf(RevisionDto, { reply: 'ok', ...flood });
  expect(refusal.fields).toHaveLength(20);
});
