// « Saisir un mois pour la personne »: a disclosure, closed by default, that holds the
// form of a month entered by the counsellor. It closes once the month is saved, as the
// page reloads to show the month in the timeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterMonthForm } from './EnterMonthForm';

interface Props {
  seekerId: string;
  asOf: string;
  onChanged: () => void;
}

export function EnterMonth({ seekerId, asOf, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="seeker-panel enter-month"
      data-testid="enter-month"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('seeker.enterMonth.title')}</summary>
      {open && (
        <EnterMonthForm
          seekerId={seekerId}
          asOf={asOf}
          onSaved={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </details>
  );
}
