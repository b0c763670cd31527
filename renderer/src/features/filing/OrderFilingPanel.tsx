// The order page's view of step 4: the order's filed declaration (filled in by the filing area).
export function OrderFilingPanel(_props: { orderId: number }) {
  return null;
}
