// Demo departments and people for `npm start` and the tests. Idempotent: seeding twice changes nothing.
import type { DataSource } from 'typeorm';
import type { Role, ReviewDomain } from '#domain';
import { DepartmentEntity, UserEntity } from './entities/index.js';

// Public contacts in the city's 02-2133 range; demo data, not real numbers.
const DEMO_DEPARTMENTS = [
  { code: 'DIGITAL', nameKo: '디지털도시국', nameEn: 'Digital City Bureau', publicContact: '02-2133-2900' },
  { code: 'WELFARE', nameKo: '복지실', nameEn: 'Welfare Policy Office', publicContact: '02-2133-7000' },
  { code: 'TRANSPORT', nameKo: '교통실', nameEn: 'Transport Office', publicContact: '02-2133-2200' },
  { code: 'SAIF', nameKo: '서울AI재단', nameEn: 'Seoul AI Foundation', publicContact: '02-2133-2950' },
  { code: 'ETHICS', nameKo: 'AI 윤리위원회', nameEn: 'AI Ethics Committee', publicContact: '02-2133-2960' },
];

export interface DemoUser {
  id: string;
  name: string;
  departmentCode: string;
  roles: Role[];
  domains: ReviewDomain[];
  /** Declared conflicts: proposal ids or department codes the person never reviews. */
  conflicts: string[];
  /** Where notifications reach them. */
  email: string;
}

const ALL_DOMAINS: ReviewDomain[] = ['technical', 'privacy_legal', 'ethics_social', 'accessibility', 'external'];

export const DEMO_USERS: DemoUser[] = [
  {
    id: 'kim.manager',
    name: '김민지',
    departmentCode: 'WELFARE',
    roles: ['department_manager'],
    domains: [],
    email: 'kim.manager@bareun.example',
    conflicts: [],
  },
  {
    id: 'lee.manager',
    name: '이준호',
    departmentCode: 'TRANSPORT',
    roles: ['department_manager'],
    domains: [],
    email: 'lee.manager@bareun.example',
    conflicts: [],
  },
  {
    id: 'park.expert',
    name: '박서연',
    departmentCode: 'SAIF',
    roles: ['foundation_expert'],
    domains: ALL_DOMAINS,
    email: 'park.expert@bareun.example',
    conflicts: [],
  },
  {
    id: 'choi.expert',
    name: '최유진',
    departmentCode: 'WELFARE',
    roles: ['foundation_expert'],
    domains: ['technical'],
    email: 'choi.expert@bareun.example',
    conflicts: [],
  },
  // A Foundation expert who advised the Transport Office on its systems: a declared conflict with TRANSPORT.
  {
    id: 'yoon.expert',
    name: '윤하늘',
    departmentCode: 'SAIF',
    roles: ['foundation_expert'],
    domains: ['technical', 'privacy_legal'],
    email: 'yoon.expert@bareun.example',
    conflicts: ['TRANSPORT'],
  },
  {
    id: 'jung.officer',
    name: '정다은',
    departmentCode: 'ETHICS',
    roles: ['ethics_officer'],
    domains: [],
    email: 'jung.officer@bareun.example',
    conflicts: [],
  },
  {
    id: 'han.admin',
    name: '한지훈',
    departmentCode: 'DIGITAL',
    roles: ['admin'],
    domains: [],
    email: 'han.admin@bareun.example',
    conflicts: [],
  },
];

export async function seedDemoData(db: DataSource): Promise<void> {
  await db.getRepository(DepartmentEntity).upsert(DEMO_DEPARTMENTS, ['code']);
  // People only when missing: once in the directory, their domains and conflicts are the admins' to edit.
  await db.getRepository(UserEntity).createQueryBuilder().insert().values(DEMO_USERS).orIgnore().execute();
}
