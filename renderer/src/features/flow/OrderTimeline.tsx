// The order's way through the seven steps, with dates and who did what (filled in by the flow area).
export function OrderTimeline(_props: { orderId: number }) {
  return null;
}
