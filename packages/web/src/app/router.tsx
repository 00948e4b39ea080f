import { createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { UsersPage } from '../features/users/UsersPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RoundDashboardPage } from '../features/reports/RoundDashboardPage';
import { ReportPage } from '../features/reports/ReportPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { DocumentPage } from '../features/documents/DocumentPage';
import { DemocracyPage } from '../features/democracy/DemocracyPage';
import { AssessmentPage } from '../features/democracy/AssessmentPage';
import { ChecklistPage } from '../features/democracy/ChecklistPage';
import { MembersPage } from '../features/members/MembersPage';
import { MovementsPage } from '../features/models/MovementsPage';
import { MovementPage } from '../features/models/MovementPage';
import { ModelsPage } from '../features/models/ModelsPage';
import { ModelPage } from '../features/models/ModelPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequireAbility } from './RequireAbility';
import { NotFoundPage } from '../components/NotFoundPage';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
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
]);
