// Who the person is and the frame of their search (ORE): the first page of the report.
import { useTranslation } from 'react-i18next';
import type { SeekerPage } from '../../../shared/api/contract';
import { formatLongDate, formatNumber, personName } from '../../format';
import { CategoryMoves } from '../seeker/timeline/CategoryMoves';
import { BenefitEnd } from '../../components/BenefitEnd';
import { categoryMoves } from '../../../shared/journal/category-moves';
import { useCategoryText } from '../seeker/category-text';
import { Facts, ReportSection } from './ReportSection';

export function ReportIdentity({ page }: { page: SeekerPage }) {
  const { t } = useTranslation();
  const { journal, analysis } = page;
  const categoryText = useCategoryText();
  const moves = categoryMoves(journal.category_history);
  return (
    <ReportSection id="identity" title={t('report.sections.identity')}>
      <Facts
        items={[
          {
            term: t('report.identity.name'),
            value: personName(journal.first_name, journal.last_name),
          },
          { term: t('report.identity.id'), value: journal.seeker_id },
          {
            term: t('report.identity.category'),
            value: t('report.identity.categoryValue', {
              category: categoryText(journal.category),
            }),
          },
          ...(moves.length === 0
            ? []
            : [
                {
                  term: t('report.identity.categoryMoves'),
                  value: <CategoryMoves moves={moves} className="report-plain-list" />,
                },
              ]),
          {
            term: t('report.identity.modality'),
            value: t(`seeker.modalities.${journal.modality}`),
          },
          {
            term: t('report.identity.registeredOn'),
            value: (
              <time dateTime={journal.registered_on}>{formatLongDate(journal.registered_on)}</time>
            ),
          },
          {
            term: t('report.identity.benefitEnd'),
            value: journal.benefit_end ? (
              <BenefitEnd date={journal.benefit_end} asOf={analysis.asOf} />
            ) : (
              t('report.identity.noBenefitEnd')
            ),
          },
          {
            term: t('report.identity.digitalAccess'),
            value: journal.digital_access ? t('report.identity.yes') : t('report.identity.no'),
          },
          {
            term: t('report.identity.attention'),
            value: t('report.identity.attentionValue', { score: analysis.attention }),
          },
        ]}
      />
    </ReportSection>
  );
}

export function ReportOre({ page }: { page: SeekerPage }) {
  const { t } = useTranslation();
  const { journal, romeLabels, communeNames } = page;
  const { ore } = journal;
  return (
    <ReportSection id="ore" title={t('report.sections.ore')}>
      <Facts
        items={[
          {
            term: t('report.ore.jobs'),
            value: (
              <ul className="report-plain-list">
                {ore.rome.map((code) => (
                  <li key={code}>
                    <span className="rome-code">{code}</span> {romeLabels[code] ?? ''}
                  </li>
                ))}
              </ul>
            ),
          },
          {
            term: t('report.ore.maxDistance'),
            value: t('report.ore.maxDistanceValue', { km: ore.max_distance_km }),
          },
          {
            term: t('report.ore.home'),
            value: journal.commune
              ? (communeNames[journal.commune] ?? journal.commune)
              : t('report.ore.unknownHome'),
          },
          {
            term: t('report.ore.salary'),
            value:
              ore.min_monthly_salary === null
                ? t('report.ore.noSalary')
                : t('report.ore.salaryValue', { amount: formatNumber(ore.min_monthly_salary) }),
          },
          {
            term: t('report.ore.contracts'),
            value: ore.contracts.map((c) => t(`report.ore.contractTypes.${c}`)).join(', '),
          },
        ]}
      />
    </ReportSection>
  );
}
