// A category as the screens say it: its letter and what it means.
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/journal/contract';

export function useCategoryText(): (category: Category) => string {
  const { t } = useTranslation();
  return (category) =>
    t('common.categoryWithLabel', { category, label: t(`common.categories.${category}`) });
}
