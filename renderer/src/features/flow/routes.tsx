// The screens of the flow area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { DashboardPage } from './DashboardPage';

export const flowRoutes: RouteObject[] = [{ path: 'home', element: <DashboardPage /> }];
