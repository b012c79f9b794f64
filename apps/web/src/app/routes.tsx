// Which page a path shows, and who may see it; signed-out visitors go to sign-in (the register is public).
// Each page is its own chunk, loaded when first shown: a citizen reading the register loads no form, an expert no
// chart (chart.js is the metrics page's alone). The budgets are checked by test/web-budget.spec.ts.
import { lazy, type ReactNode, Suspense } from 'react';
import { CALLBACK_PATH } from '../auth/oidc.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import { Forbidden, NotFound } from './NotFound.js';
import { match } from './router.js';
import { hasRole, homeOf, type Role, type Session } from './session.js';

const AllProposals = lazy(() => import('../admin/AllProposals.js').then((m) => ({ default: m.AllProposals })));
const MetricsPage = lazy(() => import('../admin/MetricsPage.js').then((m) => ({ default: m.MetricsPage })));
const StalledBoard = lazy(() => import('../admin/StalledBoard.js').then((m) => ({ default: m.StalledBoard })));
const CallbackPage = lazy(() => import('../auth/CallbackPage.js').then((m) => ({ default: m.CallbackPage })));
const HomePage = lazy(() => import('../home/HomePage.js').then((m) => ({ default: m.HomePage })));
const SignInPage = lazy(() => import('../auth/SignInPage.js').then((m) => ({ default: m.SignInPage })));
const NewProposalPage = lazy(() => import('../manager/NewProposalPage.js').then((m) => ({ default: m.NewProposalPage })));
const ProposalEditPage = lazy(() => import('../manager/ProposalEditPage.js').then((m) => ({ default: m.ProposalEditPage })));
const ProposalList = lazy(() => import('../manager/ProposalList.js').then((m) => ({ default: m.ProposalList })));
const ProposalPage = lazy(() => import('../manager/ProposalPage.js').then((m) => ({ default: m.ProposalPage })));
const RegisterPage = lazy(() => import('../public/RegisterPage.js').then((m) => ({ default: m.RegisterPage })));
const Inbox = lazy(() => import('../reviewer/Inbox.js').then((m) => ({ default: m.Inbox })));
const TaskPage = lazy(() => import('../reviewer/TaskPage.js').then((m) => ({ default: m.TaskPage })));

/** While a page's chunk loads. */
function PageLoading() {
  const { t } = useI18n();
  return <p aria-live="polite">{t('loading')}</p>;
}

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
  { pattern: '/home', title: 'homeTitle', roles: [...MANAGER, ...REVIEWER, 'admin'], render: () => <HomePage /> },
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
    return { element: <Suspense fallback={<PageLoading />}>{route.render(params)}</Suspense>, title: route.title };
  }
  return { element: <NotFound />, title: 'notFound' };
}
