// A reader's scope (readScopeOf, libs/domain/src/permissions.ts) as SQL on a proposal aliased `p`: one condition
// for the list and for every read of one proposal, so that the two never disagree.
import type { ReadScope } from '#domain';

const PARAMS = ['everything', 'departments', 'groups', 'reviewer', 'except'] as const;
type ScopeParam = (typeof PARAMS)[number];

/** The condition, each parameter written as `param` names it: `$n` in plain SQL, `:name` in a query builder. */
export function readScopeCondition(param: (name: ScopeParam) => string): string {
  const except = `CAST(${param('except')} AS text[])`;
  return `(CAST(${param('everything')} AS boolean)
    OR p.department_code = ANY(CAST(${param('departments')} AS text[]))
    OR (p.status <> 'DRAFT' AND p.department_code <> ALL(${except}) AND CAST(p.id AS text) <> ALL(${except})
      AND EXISTS (SELECT 1 FROM tasks rt WHERE rt.proposal_id = p.id
        AND (rt.candidate_group = ANY(CAST(${param('groups')} AS text[])) OR rt.assignee = CAST(${param('reviewer')} AS text)))))`;
}

/** The condition's values, by name. */
export function readScopeValues(scope: ReadScope): Record<ScopeParam, unknown> {
  return {
    everything: scope.everything,
    departments: scope.departments,
    groups: scope.reviewGroups,
    reviewer: scope.reviewer,
    except: scope.reviewExcept,
  };
}

/** The condition for plain SQL whose own parameters end at `$<after>`, and the values to append. */
export function positionalReadScope(scope: ReadScope, after: number): { condition: string; values: unknown[] } {
  const values = readScopeValues(scope);
  return {
    condition: readScopeCondition((name) => `$${after + 1 + PARAMS.indexOf(name)}`),
    values: PARAMS.map((name) => values[name]),
  };
}
