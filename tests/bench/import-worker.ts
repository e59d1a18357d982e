// One timed import in its own process, so that its peak memory is its own.
// Prints one JSON line: { seconds, maxRssMb, summary counts }. With BENCH_KEY (64 hex
// characters) the database is encrypted with the keys derived from it, as the app's is.
import { openDatabase } from '../../server/db/database';
import { deriveKeys, parseSecret } from '../../server/keys/database-keys';
import { importJournalFiles } from '../../server/import/import-journals';

const [dbPath, ...files] = process.argv.slice(2);
const secret = process.env.BENCH_KEY;
const db = openDatabase(dbPath!, {
  keys: secret ? deriveKeys(parseSecret(secret, 'BENCH_KEY')) : null,
});
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
