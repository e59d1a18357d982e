// Who the person is and the frame of their search: the ORE (offre raisonnable
// d'emploi) jobs and radius, the dates that matter, and how urgent the page is.
import { useTranslation } from 'react-i18next';
import type { SeekerJournal } from '../../../shared/journal/contract';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { formatLongDate, personName } from '../../format';
import { BenefitEnd } from '../../components/BenefitEnd';
import { Fact } from '../../components/Fact';
import { useCategoryText } from './category-text';

interface Props {
  journal: SeekerJournal;
  attention: number;
  romeLabels: Record<string, string>;
}

export function SeekerHeader({ journal, attention, romeLabels }: Props) {
  const { t } = useTranslation();
  const { navigate, asOf } = useApp();
  const name = personName(journal.first_name, journal.last_name);
  const categoryText = useCategoryText();
  // The history ends with today's category: its last step says since when.
  const since = journal.category_history.at(-1)?.since;

  return (
    <header className="seeker-header">
      <a
        className="back-link"
        href="#/"
        onClick={(event) => {
          event.preventDefault();
          navigate({ screen: 'caseload' });
        }}
      >
        <span aria-hidden="true">← </span>
        {t('seeker.backToCaseload')}
      </a>
      <div className="seeker-title">
        <h1>{t('seeker.title', { name })}</h1>
        <a
          className="prepare-interview"
          href={hashOf({ screen: 'report', seekerId: journal.seeker_id, print: false, asOf: null })}
        >
          {t('report.prepareInterview')}
        </a>
        <p className="attention">
          <span className="attention-label">{t('seeker.header.attention')}</span>
          <strong>{t('seeker.header.attentionValue', { score: attention })}</strong>
        </p>
      </div>
      <dl className="seeker-facts">
        <Fact term={t('seeker.header.id')}>{journal.seeker_id}</Fact>
        <Fact term={t('seeker.header.modality')}>{t(`seeker.modalities.${journal.modality}`)}</Fact>
        <Fact term={t('seeker.header.category')}>
          {categoryText(journal.category)}
          {since !== undefined && (
            <>
              {' '}
              <time dateTime={since}>
                {t('seeker.header.categorySince', { date: formatLongDate(since) })}
              </time>
            </>
          )}
        </Fact>
        <Fact term={t('seeker.header.oreJobs')}>
          <ul className="ore-jobs">
            {journal.ore.rome.map((code) => (
              <li key={code}>
                <span className="rome-code">{code}</span> {romeLabels[code] ?? ''}
              </li>
            ))}
          </ul>
        </Fact>
        <Fact term={t('seeker.header.maxDistance')}>
          {t('seeker.header.maxDistanceValue', { km: journal.ore.max_distance_km })}
        </Fact>
        <Fact term={t('seeker.header.registeredOn')}>
          <time dateTime={journal.registered_on}>{formatLongDate(journal.registered_on)}</time>
        </Fact>
        <Fact term={t('seeker.header.benefitEnd')}>
          {journal.benefit_end ? (
            <BenefitEnd date={journal.benefit_end} asOf={asOf} />
          ) : (
            t('seeker.header.noBenefitEnd')
          )}
        </Fact>
        <Fact term={t('seeker.header.digitalAccess')}>
          {journal.digital_access ? t('seeker.header.yes') : t('seeker.header.no')}
        </Fact>
      </dl>
    </header>
  );
}
