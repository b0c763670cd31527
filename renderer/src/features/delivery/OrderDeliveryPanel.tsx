// The order page's view of step 7: loading, dispatch, delivery and any return (filled in by the delivery area).
export function OrderDeliveryPanel(_props: { orderId: number }) {
  return null;
}
