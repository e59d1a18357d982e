// Historique, the controller's only screen: a reason first, then one seeker's journal
// as declared. Another seeker means another reason: going back empties the form.
import { useId, useState } from 'react';
import '../../styles/seeker.css';
import '../../styles/history-audit.css';
import { HistoryRequestForm } from './HistoryRequestForm';
import type { OpenedHistory } from './HistoryRequestForm';
import { SeekerHistoryView } from './SeekerHistoryView';

export function HistoryScreen() {
  const titleId = useId();
  const [opened, setOpened] = useState<OpenedHistory | null>(null);
  const [returning, setReturning] = useState(false);

  return (
    <section className="history-screen trail-screen" aria-labelledby={titleId}>
      {opened ? (
        <SeekerHistoryView
          titleId={titleId}
          opened={opened}
          onAnotherSeeker={() => {
            setReturning(true);
            setOpened(null);
          }}
        />
      ) : (
        <HistoryRequestForm titleId={titleId} focusOnMount={returning} onOpened={setOpened} />
      )}
    </section>
  );
}
