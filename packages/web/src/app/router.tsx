import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
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
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequireAbility } from './RequireAbility';
import { NotFoundPage } from './NotFoundPage';

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
      { index: true, element: <Navigate to="/units" replace /> },
      { path: 'units/:id?', element: <UnitsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/:roundId', element: <RoundDashboardPage /> },
      { path: 'reports/:roundId/units/:unitId', element: <ReportPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'documents/:id', element: <DocumentPage /> },
      { path: 'democracy', element: <DemocracyPage /> },
      { path: 'democracy/checklist', element: <ChecklistPage /> },
      { path: 'democracy/:unitId/:year', element: <AssessmentPage /> },
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
