// Demo departments and people for `npm start` and the tests. Idempotent: seeding twice changes nothing.
import type { DataSource } from 'typeorm';
import type { Role, ReviewDomain } from '../../domain/src/index.js';
import { DepartmentEntity, UserEntity } from './entities/index.js';

export const DEMO_DEPARTMENTS = [
  { code: 'DIGITAL', nameKo: '디지털도시국', nameEn: 'Digital City Bureau' },
  { code: 'WELFARE', nameKo: '복지실', nameEn: 'Welfare Policy Office' },
  { code: 'TRANSPORT', nameKo: '교통실', nameEn: 'Transport Office' },
  { code: 'SAIF', nameKo: '서울AI재단', nameEn: 'Seoul AI Foundation' },
  { code: 'ETHICS', nameKo: 'AI 윤리위원회', nameEn: 'AI Ethics Committee' },
];

export interface DemoUser {
  id: string;
  name: string;
  departmentCode: string;
  roles: Role[];
  domains: ReviewDomain[];
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
  },
  {
    id: 'lee.manager',
    name: '이준호',
    departmentCode: 'TRANSPORT',
    roles: ['department_manager'],
    domains: [],
    email: 'lee.manager@bareun.example',
  },
  {
    id: 'park.expert',
    name: '박서연',
    departmentCode: 'SAIF',
    roles: ['foundation_expert'],
    domains: ALL_DOMAINS,
    email: 'park.expert@bareun.example',
  },
  {
    id: 'choi.expert',
    name: '최유진',
    departmentCode: 'WELFARE',
    roles: ['foundation_expert'],
    domains: ['technical'],
    email: 'choi.expert@bareun.example',
  },
  {
    id: 'jung.officer',
    name: '정다은',
    departmentCode: 'ETHICS',
    roles: ['ethics_officer'],
    domains: [],
    email: 'jung.officer@bareun.example',
  },
  {
    id: 'han.admin',
    name: '한지훈',
    departmentCode: 'DIGITAL',
    roles: ['admin'],
    domains: [],
    email: 'han.admin@bareun.example',
  },
];

export async function seedDemoData(db: DataSource): Promise<void> {
  await db.getRepository(DepartmentEntity).upsert(DEMO_DEPARTMENTS, ['code']);
  await db.getRepository(UserEntity).upsert(DEMO_USERS, ['id']);
}
