// Which page a path shows, and who may see it; signed-out visitors go to sign-in (the register is public).
import type { ReactNode } from 'react';
import { AllProposals } from '../admin/AllProposals.js';
import { MetricsPage } from '../admin/MetricsPage.js';
import { StalledBoard } from '../admin/StalledBoard.js';
import { CallbackPage } from '../auth/CallbackPage.js';
import { CALLBACK_PATH } from '../auth/oidc.js';
import { SignInPage } from '../auth/SignInPage.js';
import type { MessageKey } from '../i18n/i18n.js';
import { NewProposalPage } from '../manager/NewProposalPage.js';
import { ProposalEditPage } from '../manager/ProposalEditPage.js';
import { ProposalList } from '../manager/ProposalList.js';
import { ProposalPage } from '../manager/ProposalPage.js';
import { RegisterPage } from '../public/RegisterPage.js';
import { Inbox } from '../reviewer/Inbox.js';
import { TaskPage } from '../reviewer/TaskPage.js';
import { Forbidden, NotFound } from './NotFound.js';
import { match } from './router.js';
import { hasRole, homeOf, type Role, type Session } from './session.js';

interface Route {
  pattern: string;
  title: MessageKey;
  roles?: Role[]; // absent: public
  render: (params: Record<string, string>) => ReactNode;
}

const MANAGER: Role[] = ['department_manager'];
const REVIEWER: Role[] = ['foundation_expert', 'ethics_officer'];
const ROUTES: Route[] = [
  { pattern: '/sign-in', title: 'signIn', render: () => <SignInPage /> },
  { pattern: CALLBACK_PATH, title: 'signIn', render: () => <CallbackPage /> },
  { pattern: '/register', title: 'registerTitle', render: () => <RegisterPage /> },
  { pattern: '/proposals', title: 'proposalsTitle', roles: MANAGER, render: () => <ProposalList /> },
  { pattern: '/proposals/new', title: 'newProposalTitle', roles: MANAGER, render: () => <NewProposalPage /> },
  { pattern: '/proposals/:id/edit', title: 'editTitle', roles: MANAGER, render: (p) => <ProposalEditPage id={p.id} /> },
  {
    pattern: '/proposals/:id',
    title: 'overview',
    roles: [...MANAGER, ...REVIEWER, 'admin'],
    render: (p) => <ProposalPage id={p.id} />,
  },
  { pattern: '/inbox', title: 'inboxTitle', roles: REVIEWER, render: () => <Inbox /> },
  {
    pattern: '/tasks/:proposalId/:taskId',
    title: 'taskTitle',
    roles: REVIEWER,
    render: (p) => <TaskPage proposalId={p.proposalId} taskId={p.taskId} />,
  },
  { pattern: '/admin/stalled', title: 'stalledTitle', roles: ['admin'], render: () => <StalledBoard /> },
  { pattern: '/admin/proposals', title: 'allProposalsTitle', roles: ['admin'], render: () => <AllProposals /> },
  { pattern: '/admin/metrics', title: 'metricsTitle', roles: ['admin'], render: () => <MetricsPage /> },
];

export function pageFor(path: string, session?: Session): { element: ReactNode; title?: MessageKey; redirect?: string } {
  if (path === '/') return { element: null, redirect: homeOf(session) };
  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (!params) continue;
    if (route.roles && !session) return { element: null, redirect: '/sign-in' };
    if (route.roles && !hasRole(session, ...route.roles)) return { element: <Forbidden />, title: 'forbidden' };
    return { element: route.render(params), title: route.title };
  }
  return { element: <NotFound />, title: 'notFound' };
}
