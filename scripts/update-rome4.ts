// Brings a new ROME 4.0 release into data/reference (docs/reference-data.md says when
// and what to check after):
//   npm run reference:rome4 -- FOLDER RELEASE
// FOLDER holds France Travail's unix_referentiel_code_rome_vRELEASE_utf8.csv and
// unix_rubrique_mobilite_vRELEASE_utf8.csv.
import { defaultReferenceDir } from '../server/reference/load-reference';
import { importRome4Release } from '../server/reference/rome4-release';

const [sourceDir, release] = process.argv.slice(2);
if (!sourceDir || !release) {
  console.error('usage: npm run reference:rome4 -- FOLDER RELEASE (e.g. ~/rome-v461 461)');
  process.exit(2);
}
try {
  const data = importRome4Release(sourceDir, release, defaultReferenceDir());
  console.log(
    `ROME 4.0 v${release}: ${data.rome4Fiches.length} fiches, ${data.rome4Mobilities.from.length} mobilities written to ${defaultReferenceDir()}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
