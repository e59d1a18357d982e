// `jalon report`: one seeker's diagnostic interview report as a PDF, without the app.
// The PDF is the app's own report page printed by headless Chromium, so it is the same
// document as the preview: the command serves the built interface on 127.0.0.1 for the
// time of the print, signs the page in with a print session limited to this report,
// and stops everything before it returns.
import type { Command } from 'commander';
import type { ReportOptions } from './report-run';
import { say } from '../messages';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(say.report.description)
    .option('--db <path>', say.dbOption)
    .requiredOption('--seeker <id>', say.report.seeker)
    .requiredOption('--out <file.pdf>', say.report.out)
    .option('--as-of <YYYY-MM-DD>', say.report.asOf)
    .action(async (options: ReportOptions) => (await import('./report-run')).writeReport(options));
}
