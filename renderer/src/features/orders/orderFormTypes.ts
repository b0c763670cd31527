import type { Control } from 'react-hook-form';
import type { Order, OrderInput } from '../../../../shared/schemas/order';

export type OrderControl = Control<OrderInput, unknown, Order>;
