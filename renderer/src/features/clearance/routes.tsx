// The screens of the clearance area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { ClearancePage } from './ClearancePage';

export const clearanceRoutes: RouteObject[] = [{ path: 'clearance', element: <ClearancePage /> }];
