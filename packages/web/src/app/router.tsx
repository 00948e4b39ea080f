import { createBrowserRouter, matchPath, matchRoutes, type RouteObject } from 'react-router-dom';
import { fetchMe } from '../features/auth/api';
import { prefetchAssessments } from '../features/democracy/prefetchAssessments';
import { prefetchMembers } from '../features/members/prefetchMembers';
import { prefetchModels } from '../features/models/prefetchModels';
import { prefetchRoundDashboard } from '../features/reports/prefetchRoundDashboard';
import { parseId } from '../lib/parseId';
import { meKey, queryClient } from './queryClient';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from './RequireAuth';
import { RequireAbility } from './RequireAbility';
import { RouteError } from './RouteError';
import { lazyPage, preloadElement } from './lazyPage';
import { loadHomePage, loadSignedInApp } from './signedInApp';

// Only the sign-in page is in the first download; the signed-in frame and every page come in chunks of their
// own when first shown (lazyPage). A new page: `const XPage = lazyPage(() => import('../features/x/XPage'), 'XPage');`
// and a route `{ path: 'x', element: <XPage /> }`.
// The page asked for is fetched beside the frame, not after it: on a slow connection each round trip counts.
const SignedInApp = lazyPage(() => {
  preloadPage();
  return loadSignedInApp();
}, 'SignedInApp');

let pagePreloaded = false;

/** Starts fetching the page of the current address (not the frame: its route is the first match), once. */
function preloadPage(): void {
  if (pagePreloaded) return;
  pagePreloaded = true;
  for (const match of (matchRoutes(routes, window.location) ?? []).slice(1)) preloadElement(match.route.element);
}

const InboxPage = lazyPage(loadHomePage, 'InboxPage');
const UnitsPage = lazyPage(() => import('../features/units/UnitsPage'), 'UnitsPage');
const UsersPage = lazyPage(() => import('../features/users/UsersPage'), 'UsersPage');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'), 'AuditPage');
const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const RoundDashboardPage = lazyPage(() => import('../features/reports/RoundDashboardPage'), 'RoundDashboardPage');
const ReportPage = lazyPage(() => import('../features/reports/ReportPage'), 'ReportPage');
const DocumentsPage = lazyPage(() => import('../features/documents/DocumentsPage'), 'DocumentsPage');
const DocumentPage = lazyPage(() => import('../features/documents/DocumentPage'), 'DocumentPage');
const DemocracyPage = lazyPage(() => import('../features/democracy/DemocracyPage'), 'DemocracyPage');
const AssessmentPage = lazyPage(() => import('../features/democracy/AssessmentPage'), 'AssessmentPage');
const ChecklistPage = lazyPage(() => import('../features/democracy/ChecklistPage'), 'ChecklistPage');
const MembersPage = lazyPage(() => import('../features/members/MembersPage'), 'MembersPage');
const MovementsPage = lazyPage(() => import('../features/models/MovementsPage'), 'MovementsPage');
const MovementPage = lazyPage(() => import('../features/models/MovementPage'), 'MovementPage');
const ModelsPage = lazyPage(() => import('../features/models/ModelsPage'), 'ModelsPage');
const ModelPage = lazyPage(() => import('../features/models/ModelPage'), 'ModelPage');
const TasksPage = lazyPage(() => import('../features/tasks/TasksPage'), 'TasksPage');
const TaskPage = lazyPage(() => import('../features/tasks/TaskPage'), 'TaskPage');
const CampaignsPage = lazyPage(() => import('../features/commendations/CampaignsPage'), 'CampaignsPage');
const CampaignPage = lazyPage(() => import('../features/commendations/CampaignPage'), 'CampaignPage');
const PeoplePage = lazyPage(() => import('../features/commendations/PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('../features/commendations/PersonPage'), 'PersonPage');
const AwardTypesPage = lazyPage(() => import('../features/commendations/AwardTypesPage'), 'AwardTypesPage');
const ConferencesPage = lazyPage(() => import('../features/conferences/ConferencesPage'), 'ConferencesPage');
const ConferencePage = lazyPage(() => import('../features/conferences/ConferencePage'), 'ConferencePage');
const CataloguePage = lazyPage(() => import('../features/catalogue/CataloguePage'), 'CataloguePage');
const NotFoundPage = lazyPage(() => import('../components/NotFoundPage'), 'NotFoundPage');

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <SignedInApp />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    // A page that fails (its code could not be fetched) shows its error inside the frame, the menu still there.
    children: withErrorScreen([
      { index: true, element: <InboxPage /> },
      { path: 'units/:id?', element: <UnitsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/:roundId', element: <RoundDashboardPage /> },
      { path: 'reports/:roundId/units/:unitId', element: <ReportPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'documents/:id', element: <DocumentPage /> },
      { path: 'democracy', element: <DemocracyPage /> },
      { path: 'democracy/checklist', element: <ChecklistPage /> },
      { path: 'democracy/:unitId/:year', element: <AssessmentPage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'movements', element: <MovementsPage /> },
      { path: 'movements/:id', element: <MovementPage /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'models/:id', element: <ModelPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'commendations', element: <CampaignsPage /> },
      { path: 'commendations/campaigns/:id', element: <CampaignPage /> },
      { path: 'commendations/people', element: <PeoplePage /> },
      { path: 'commendations/people/:id', element: <PersonPage /> },
      { path: 'commendations/award-types', element: <AwardTypesPage /> },
      { path: 'conferences', element: <ConferencesPage /> },
      { path: 'conferences/:id', element: <ConferencePage /> },
      {
        path: 'users',
        element: (
          <RequireAbility ability="manageUsers">
            <UsersPage />
          </RequireAbility>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireAbility ability="readAudit">
            <AuditPage />
          </RequireAbility>
        ),
      },
      {
        path: 'catalogue',
        element: (
          <RequireAbility ability="manageCatalogue">
            <CataloguePage />
          </RequireAbility>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
];

function withErrorScreen(pages: RouteObject[]): RouteObject[] {
  return pages.map((page) => ({ ...page, errorElement: <RouteError inFrame /> }));
}

export const router = createBrowserRouter(routes);

// A signed-in address opened directly (a link, a bookmark, a reload): the frame, the page and the page's first data
// are fetched at once, beside the session check rather than after it. The session check goes first: the browser
// opens only a few connections to the server and would otherwise queue it behind the code. Without a session the
// visitor lands on /login, which fetches the same frame while they type.
if (window.location.pathname !== '/login') {
  // The same query AuthProvider reads: it waits for this answer instead of asking again.
  // A failure shows where AuthProvider reads the query, with a retry.
  const me = queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Infinity }).catch(() => null);
  // The screens that open with a chart: the data the page and its charts wait for, then the charts' pictures. The
  // page's code is not held back for them: the round dashboard's report, which waits for the round and the account,
  // then comes after the page's chunks, but its heading and table (the round alone) come that much sooner, and its
  // charts no later (bench/README.md, web).
  const { pathname, search } = window.location;
  const roundId = parseId(matchPath('/reports/:roundId', pathname)?.params.roundId);
  if (roundId !== null) void prefetchRoundDashboard(queryClient, roundId, me).catch(() => undefined);
  if (matchPath('/democracy', pathname)) void prefetchAssessments(queryClient, search);
  if (matchPath('/models', pathname)) void prefetchModels(queryClient, search);
  if (matchPath('/members', pathname)) void prefetchMembers(queryClient, search, me);
  loadSignedInApp().catch(() => undefined);
  preloadPage();
}
