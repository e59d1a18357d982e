// One timed import in its own process, so that its peak memory is its own.
// Prints one JSON line: { seconds, maxRssMb, summary counts }.
import { openDatabase } from '../../electron/services/db/database';
import { importJournalFiles } from '../../electron/services/import/import-journals';

const [dbPath, ...files] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const started = process.hrtime.bigint();
const summary = await importJournalFiles(db, files, {});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
db.close();
process.stdout.write(
  JSON.stringify({
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    imported: summary.imported,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
  }) + '\n',
);
