// The controller's history view (placeholder until built).
export function HistoryScreen() {
  return <section className="history-screen" />;
}
