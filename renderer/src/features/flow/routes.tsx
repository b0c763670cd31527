// The screens of the flow area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';

export const flowRoutes: RouteObject[] = [];
