// The order page's view of step 6: customs' outcomes on the order's declaration (filled in by the clearance area).
export function OrderClearancePanel(_props: { orderId: number }) {
  return null;
}
