import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from './RequireAuth';
import { RequireAbility } from './RequireAbility';
import { lazyPage, preloadElement } from './lazyPage';
import { loadHomePage, loadSignedInApp } from './signedInApp';

// Only the sign-in page is in the first download; the signed-in frame and every page come in chunks of their
// own when first shown (lazyPage). A new page: `const XPage = lazyPage(() => import('../features/x/XPage'), 'XPage');`
// and a route `{ path: 'x', element: <XPage /> }`.
// The page asked for is fetched beside the frame, not after it: on a slow connection each round trip counts.
const SignedInApp = lazyPage(() => {
  // The first match is the frame's own route.
  for (const match of (matchRoutes(routes, window.location) ?? []).slice(1)) preloadElement(match.route.element);
  return loadSignedInApp();
}, 'SignedInApp');
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
const CataloguePage = lazyPage(() => import('../features/catalogue/CataloguePage'), 'CataloguePage');
const NotFoundPage = lazyPage(() => import('../components/NotFoundPage'), 'NotFoundPage');

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <SignedInApp />
      </RequireAuth>
    ),
    children: [
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
    ],
  },
];

export const router = createBrowserRouter(routes);
