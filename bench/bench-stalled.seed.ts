// The benchmark's records: 20,000 proposals over eight departments and two years, 100,000 tasks (five a
// proposal, most long decided), and the department's waits of the proposals that wait on it. Stages are
// spread as a busy year would leave them: most in operation or decided, some in review, some waiting.
import { openTaskCondition } from '#persistence';

export const SEED_SQL = `
INSERT INTO proposals (id, title, summary, purpose, department_code, system_type, automation, personal_data,
  affects_vulnerable_groups, status, tier, policy_version, created_by, created_at, updated_at)
SELECT gen_random_uuid(), 'proposal ' || i, 'summary', 'purpose', 'DEPT' || (i % 8), 'in_house', 'advisory', false, false,
  (ARRAY['MONITORING','MONITORING','MONITORING','MONITORING','REJECTED','RETIRED','EXPERT_REVIEW','EXPERT_REVIEW',
         'ETHICS_SIGNOFF','REVISION_REQUESTED','APPROVED','REAUDIT','REMEDIATION','SUSPENDED','WITHDRAWN','MONITORING',
         'MONITORING','MONITORING','REJECTED','MONITORING'])[1 + i % 20],
  1 + i % 4, '2026.2', 'manager' || (i % 8), now() - (i % 730) * interval '1 day', now()
FROM generate_series(1, 20000) AS i;

WITH numbered AS (SELECT id, status, created_at, row_number() OVER (ORDER BY id) AS n FROM proposals)
INSERT INTO tasks (id, proposal_id, kind, domain, round, status, candidate_group, assignee, due_at, stalls_at,
  escalation_level, decision, decided_by, decided_at, created_at, updated_at)
SELECT gen_random_uuid(), p.id, k.kind, k.domain, 1,
  CASE WHEN (p.status = 'EXPERT_REVIEW' AND k.kind = 'expert_review') OR (p.status = 'ETHICS_SIGNOFF' AND k.kind = 'ethics_signoff')
         OR (p.status IN ('REAUDIT', 'SUSPENDED') AND k.kind = 'reaudit')
       THEN (CASE WHEN (p.n + k.slot) % 3 = 0 THEN 'claimed' ELSE 'open' END) ELSE 'completed' END,
  k.grp, CASE WHEN (p.n + k.slot) % 3 = 0 THEN 'expert' || ((p.n + k.slot) % 40) END,
  opened + interval '10 days', opened + interval '7 days',
  CASE WHEN opened + interval '10 days' < now() THEN 1 ELSE 0 END,
  'approve', 'expert1', opened + interval '3 days', opened, opened
FROM numbered p
CROSS JOIN LATERAL (VALUES
  (1, 'expert_review', 'technical', 'experts:technical'), (2, 'expert_review', 'ethics_social', 'experts:ethics_social'),
  (3, 'expert_review', 'privacy_legal', 'experts:privacy_legal'), (4, 'ethics_signoff', 'ethics', 'ethics_officers'),
  (5, 'reaudit', 'technical', 'experts:technical')) AS k(slot, kind, domain, grp)
CROSS JOIN LATERAL (SELECT now() - ((p.n * 7 + k.slot * 13) % 60) * interval '1 day' AS opened) AS o;

UPDATE tasks SET decision = NULL, decided_by = NULL, decided_at = NULL WHERE ${openTaskCondition('status')};

INSERT INTO department_waits (id, proposal_id, kind, stage, since, due_at, stalls_at, escalation_level, ended_at)
SELECT gen_random_uuid(), id,
  CASE status WHEN 'REVISION_REQUESTED' THEN 'revision' WHEN 'APPROVED' THEN 'deployment' ELSE 'remediation' END,
  status, since, since + interval '20 days', since + interval '7 days', 0, NULL
FROM (SELECT id, status, now() - (abs(hashtext(id::text)) % 40) * interval '1 day' AS since FROM proposals
      WHERE status IN ('REVISION_REQUESTED', 'APPROVED', 'REMEDIATION')) AS waiting;

INSERT INTO department_waits (id, proposal_id, kind, stage, since, due_at, stalls_at, escalation_level, ended_at)
SELECT gen_random_uuid(), id, 'deployment', 'APPROVED', created_at, created_at + interval '90 days',
  created_at + interval '7 days', 0, created_at + interval '30 days'
FROM proposals WHERE status = 'MONITORING';
`;
