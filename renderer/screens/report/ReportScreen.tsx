// The diagnostic interview report (placeholder until built).
export function ReportScreen({ seekerId }: { seekerId: string; print: boolean }) {
  return <section className="report-screen" data-seeker={seekerId} />;
}
