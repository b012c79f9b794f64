// Who a notification's recipient stands for: a person, or a group of the directory. The groups are those
// the lifecycle addresses (DESIGN §2): a task's candidate group, the department's managers, the admins.
import type { ReviewDomain, Role } from './actors.js';

export type Recipient =
  { kind: 'person'; id: string } | { kind: 'group'; role: Role; domain?: ReviewDomain; department?: string };

export function recipientOf(name: string): Recipient {
  if (name === 'admins') return { kind: 'group', role: 'admin' };
  if (name === 'ethics_officers') return { kind: 'group', role: 'ethics_officer' };
  if (name.startsWith('experts:')) return { kind: 'group', role: 'foundation_expert', domain: name.slice(8) as ReviewDomain };
  if (name.startsWith('managers:')) return { kind: 'group', role: 'department_manager', department: name.slice(9) };
  return { kind: 'person', id: name };
}
