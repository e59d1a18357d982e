// Which categories are expected to search for a job: a box per category in the edit
// form, the list in force to read. Only these get the search-intensity signals.
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../shared/journal/contract';
import type { Category } from '../../../shared/journal/contract';
import { useCategoryText } from '../seeker/category-text';

function Explanation() {
  const { t } = useTranslation();
  return <span className="settings-group-help">{t('settings.searchCategories.help')}</span>;
}

export function SearchCategoriesFields({
  selected,
  onChange,
}: {
  selected: readonly Category[];
  onChange: (categories: Category[]) => void;
}) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  const toggle = (category: Category, on: boolean) =>
    onChange(CATEGORIES.filter((c) => (c === category ? on : selected.includes(c))));
  return (
    <fieldset className="settings-fieldset" data-testid="search-categories">
      <legend>{t('settings.searchCategories.title')}</legend>
      <p>
        <Explanation />
      </p>
      <div className="settings-categories">
        {CATEGORIES.map((category) => (
          <label key={category} className="settings-category">
            <input
              type="checkbox"
              checked={selected.includes(category)}
              onChange={(event) => toggle(category, event.target.checked)}
            />
            {categoryText(category)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SearchCategoriesTable({ selected }: { selected: readonly Category[] }) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  return (
    <table className="settings-table settings-group" data-testid="search-categories">
      <caption>
        <span className="settings-group-title">{t('settings.searchCategories.title')}</span>
        <Explanation />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.searchCategories.category')}</th>
          <th scope="col">{t('settings.searchCategories.expected')}</th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category}>
            <th scope="row">{categoryText(category)}</th>
            <td className="settings-value">
              {selected.includes(category)
                ? t('settings.searchCategories.yes')
                : t('settings.searchCategories.no')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
