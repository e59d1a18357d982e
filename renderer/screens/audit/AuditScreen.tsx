// The audit trail (placeholder until built).
export function AuditScreen() {
  return <section className="audit-screen" />;
}
