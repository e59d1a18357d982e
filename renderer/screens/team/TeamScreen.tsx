// The team lead's dashboard (placeholder until built).
export function TeamScreen() {
  return <section className="team-screen" />;
}
