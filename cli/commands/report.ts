// `jalon report`: one seeker's diagnostic interview report as a PDF, without the app.
// The PDF is the app's own report page printed by headless Chromium, so it is the same
// document as the preview: the command serves the built interface on 127.0.0.1 for the
// time of the print, signs the page in with a print session limited to this report,
// and stops everything before it returns.
import type { Command } from 'commander';
import type { ReportOptions } from './report-run';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'Write the diagnostic interview preparation of one seeker as a PDF (printed by Chromium: $JALON_CHROMIUM or the system one).',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .requiredOption('--seeker <id>', 'the seeker whose report to write')
    .requiredOption('--out <file.pdf>', 'the PDF file to write (replaced if it exists)')
    .option('--as-of <YYYY-MM-DD>', 'reference date of the analysis (default: today)')
    .action(async (options: ReportOptions) => (await import('./report-run')).writeReport(options));
}
