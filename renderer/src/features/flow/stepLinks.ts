// Where each of the seven steps is worked on: the dashboard's step cards open these pages.
import type { FlowStep } from '../../../../shared/domain/flowSteps';

export const STEP_PAGE: Record<FlowStep, string> = {
  // Orders waiting for confirmation are the received ones on the orders list.
  confirm: '/orders?status=received',
  pick: '/picking',
  pack: '/packing',
  declare: '/filings',
  transport: '/transport',
  clearance: '/clearance',
  deliver: '/delivery',
};

export const orderPage = (id: number) => `/orders/${id}`;
export const statusList = (status: string) => `/orders?status=${status}`;
