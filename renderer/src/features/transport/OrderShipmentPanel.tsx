// The order page's view of step 5: the order's shipment (filled in by the transport area).
export function OrderShipmentPanel(_props: { orderId: number }) {
  return null;
}
