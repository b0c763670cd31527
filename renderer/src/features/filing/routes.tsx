// The screens of the filing area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';

export const filingRoutes: RouteObject[] = [];
