// Categories in the browser mode: a person's category with its meaning in the header,
// a move between categories shown in the month it happened, and a team lead choosing
// in Réglages which categories are expected to search.
import Database from 'better-sqlite3-multiple-ciphers';
import { goToHash } from './a11y-helpers';
import { DEMO_COUNSELLOR, expect, screenshot, signIn, templateDatabase, test } from './fixtures';

/** The French meaning of each category, as the interface writes it. */
const MEANING: Record<string, string> = {
  A: 'sans emploi, en recherche d’emploi',
  B: 'activité réduite courte, 78 h ou moins par mois',
  C: 'activité réduite longue, plus de 78 h par mois',
  D: 'pas immédiatement disponible : formation, maladie…',
  E: 'en emploi',
  F: 'parcours social',
  G: 'en attente d’orientation',
};

const SEARCH_INTENSITY = [
  'inactivity',
  'declining_activity',
  'low_response_rate',
  'scattered_search',
  'narrow_search',
  'off_target_geography',
];

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

interface Move {
  seekerId: string;
  category: string;
  date: string;
  from: string;
  to: string;
  movesInJournal: number;
}

/**
 * A person of the signed-in counsellor whose latest move happened during their journal
 * (the demo's moves depend on its end date, so the test reads them from the template).
 */
function demoMove(): Move {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const rows = db
      .prepare<
        [string],
        { seeker_id: string; category: string; category_history: string; first: string }
      >(
        `SELECT s.seeker_id, s.category, s.category_history,
           (SELECT min(period) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS first
         FROM seekers s
         WHERE s.counsellor_id = ? AND json_array_length(s.category_history) > 1
         ORDER BY s.seeker_id`,
      )
      .all(DEMO_COUNSELLOR);
    for (const row of rows) {
      const history = JSON.parse(row.category_history) as { since: string; category: string }[];
      const last = history[history.length - 1]!;
      const before = history[history.length - 2]!;
      if (last.since.slice(0, 7) > row.first) {
        return {
          seekerId: row.seeker_id,
          category: row.category,
          date: last.since,
          from: before.category,
          to: last.category,
          movesInJournal: history.slice(1).filter((step) => step.since.slice(0, 7) >= row.first)
            .length,
        };
      }
    }
    throw new Error(`the demo gives ${DEMO_COUNSELLOR} no move between categories`);
  } finally {
    db.close();
  }
}

test('the seeker page shows the category and a move between categories in its month', async ({
  app: page,
}, testInfo) => {
  const move = demoMove();
  await goToHash(page, `#/seeker/${encodeURIComponent(move.seekerId)}`);

  const category = page
    .locator('.seeker-facts .fact', { has: page.locator('dt', { hasText: /^Catégorie$/ }) })
    .locator('dd');
  await expect(category).toHaveText(
    `${move.category} (${MEANING[move.category]}) depuis le ${longDate(move.date)}`,
  );

  await screenshot(page, testInfo, 'seeker-category-header', { fullPage: false });

  const month = page.locator(`[data-testid="timeline"] [data-period="${move.date.slice(0, 7)}"]`);
  await expect(month.getByTestId('category-move')).toHaveText(
    `Le ${longDate(move.date)}, passage de la catégorie ${move.from} (${MEANING[move.from]}) ` +
      `à la catégorie ${move.to} (${MEANING[move.to]})`,
  );
  // Each move of the journal's months once, in its month; none anywhere else.
  await expect(page.getByTestId('category-move')).toHaveCount(move.movesInJournal);
  await month.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'seeker-category-move', { fullPage: false });
});

/** The first person of the signed-in counsellor in one of these categories. */
function demoSeekerIn(categories: readonly string[]): { seekerId: string; category: string } {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const row = db
      .prepare<string[], { seeker_id: string; category: string }>(
        `SELECT seeker_id, category FROM seekers
         WHERE counsellor_id = ? AND category IN (${categories.map(() => '?').join(', ')})
         ORDER BY seeker_id LIMIT 1`,
      )
      .get(DEMO_COUNSELLOR, ...categories);
    if (!row) throw new Error(`${DEMO_COUNSELLOR} has nobody in ${categories.join(', ')}`);
    return { seekerId: row.seeker_id, category: row.category };
  } finally {
    db.close();
  }
}

test('the signals of a person not expected to search say why search intensity is not signalled', async ({
  app: page,
}, testInfo) => {
  const notSearching = demoSeekerIn(['D', 'E', 'F', 'G']);
  await goToHash(page, `#/seeker/${encodeURIComponent(notSearching.seekerId)}`);
  await expect(page.getByTestId('search-not-expected')).toContainText(
    `Catégorie ${notSearching.category} (${MEANING[notSearching.category]}) : pas tenue de rechercher un emploi.`,
  );
  for (const id of SEARCH_INTENSITY) {
    await expect(page.locator(`.signal[data-signal-id="${id}"]`)).toHaveCount(0);
  }
  await screenshot(page, testInfo, 'seeker-not-searching', { fullPage: false });

  const searching = demoSeekerIn(['A', 'B', 'C']);
  await goToHash(page, `#/seeker/${encodeURIComponent(searching.seekerId)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.seeker-facts')).toContainText(MEANING[searching.category]!);
  await expect(page.getByTestId('search-not-expected')).toHaveCount(0);
});

test('a team lead adds category D to those expected to search', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('link', { name: 'Réglages' }).click();
  const table = page.getByRole('table', { name: /Catégories tenues de rechercher un emploi/ });
  await expect(table.getByRole('row', { name: /^A \(/ })).toContainText('Oui');
  await expect(table.getByRole('row', { name: /^D \(/ })).toContainText('Non');
  await expect(table.getByRole('row', { name: /^G \(/ })).toContainText('Non');

  await page.getByRole('button', { name: 'Modifier' }).click();
  const boxes = page.getByRole('group', { name: 'Catégories tenues de rechercher un emploi' });
  await expect(boxes.getByRole('checkbox', { name: /^C \(/ })).toBeChecked();
  const d = boxes.getByRole('checkbox', { name: /^D \(pas immédiatement disponible/ });
  await expect(d).not.toBeChecked();
  await d.check();
  await boxes.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'settings-search-categories', { fullPage: false });
  await page.getByLabel('Motif du changement').fill('Les formations courtes restent en recherche');
  await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  await expect(page.getByTestId('settings-version')).toContainText('Version en vigueur : v2');
  await expect(table.getByRole('row', { name: /^D \(/ })).toContainText('Oui');
  await expect(table.getByRole('row', { name: /^E \(/ })).toContainText('Non');
});
