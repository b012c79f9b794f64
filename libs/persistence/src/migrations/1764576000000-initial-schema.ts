import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764576000000 implements MigrationInterface {
  name = 'InitialSchema1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "departments" (
      "code" varchar(50) PRIMARY KEY,
      "name_ko" varchar(200) NOT NULL,
      "name_en" varchar(200) NOT NULL)`);
    await db.query(`CREATE TABLE "users" (
      "id" varchar(200) PRIMARY KEY,
      "name" varchar(200) NOT NULL,
      "department_code" varchar(50) NOT NULL,
      "roles" text array NOT NULL,
      "domains" text array NOT NULL DEFAULT '{}')`);
    await db.query(`CREATE TABLE "proposals" (
      "id" uuid PRIMARY KEY,
      "title" varchar(200) NOT NULL,
      "summary" text NOT NULL,
      "purpose" text NOT NULL,
      "department_code" varchar(50) NOT NULL,
      "system_type" varchar(20) NOT NULL,
      "vendor" varchar(200),
      "automation" varchar(20) NOT NULL,
      "high_impact_area" varchar(50),
      "personal_data" boolean NOT NULL,
      "affects_vulnerable_groups" boolean NOT NULL,
      "answers" jsonb NOT NULL DEFAULT '{}',
      "status" varchar(30) NOT NULL,
      "tier" smallint,
      "policy_version" varchar(20) NOT NULL,
      "scores" jsonb,
      "created_by" varchar(200) NOT NULL,
      "creation_key" varchar(200),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX "IDX_proposals_department_status" ON "proposals" ("department_code", "status")`);
    await db.query(`CREATE UNIQUE INDEX "UQ_proposals_creation_key" ON "proposals" ("created_by", "creation_key")`);
    await db.query(`CREATE TABLE "tasks" (
      "id" uuid PRIMARY KEY,
      "proposal_id" uuid NOT NULL,
      "kind" varchar(30) NOT NULL,
      "domain" varchar(30) NOT NULL,
      "round" int NOT NULL,
      "status" varchar(20) NOT NULL,
      "candidate_group" varchar(60) NOT NULL,
      "assignee" varchar(200),
      "due_at" timestamptz NOT NULL,
      "escalation_level" int NOT NULL DEFAULT 0,
      "decision" varchar(40),
      "comment" text,
      "decided_by" varchar(200),
      "decided_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX "IDX_tasks_proposal" ON "tasks" ("proposal_id")`);
    await db.query(`CREATE INDEX "IDX_tasks_inbox" ON "tasks" ("status", "candidate_group", "assignee")`);
    await db.query(`CREATE TABLE "audit_entries" (
      "id" uuid PRIMARY KEY,
      "seq" bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      "proposal_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "actor" varchar(200) NOT NULL,
      "action" varchar(60) NOT NULL,
      "from_status" varchar(30),
      "to_status" varchar(30),
      "rationale" text)`);
    await db.query(`CREATE INDEX "IDX_audit_entries_proposal" ON "audit_entries" ("proposal_id", "seq")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'tasks', 'proposals', 'users', 'departments']) {
      await db.query(`DROP TABLE "${table}"`);
    }
  }
}
