// What `jalon analyze` runs, imported only when it runs (the engine and its referentials).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeSeeker } from '../../shared/analysis/engine';
import { renderEvidence, signalLabel } from '../../shared/analysis/messages';
import type { AnalysisResult } from '../../shared/analysis/types';
import { toAnalysisJournal } from '../../shared/analysis/types';
import { isIsoDate } from '../../shared/journal/dates';
import { validateSeeker } from '../../shared/journal/validate';
import { createAnalysisRepository } from '../../server/analysis/analysis-repository';
import { refreshStaleAnalyses } from '../../server/analysis/refresh-analyses';
import { loadReferentials } from '../../server/reference/load-reference';
import { appToday } from '../../server/clock';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { say, sayLocale } from '../messages';
import { reasonText } from '../../shared/journal/reason-text';

export interface AnalyzeOptions {
  db?: string;
  seeker?: string;
  asOf?: string;
  json?: boolean;
}

/** The --json shape is a contract with scripts: exactly the documented keys. */
function seekerJson(seekerId: string, r: AnalysisResult) {
  return {
    seeker_id: seekerId,
    attention: r.attention,
    signals: r.signals.map((s) => ({
      id: s.id,
      severity: s.severity,
      evidence: s.evidence.map((e) => renderEvidence(e, sayLocale)),
    })),
    recommendations: r.recommendations.map((rec) => ({
      id: rec.id,
      rank: rec.rank,
      score: rec.score,
      reasons: rec.reasons.map((reason) =>
        say.analyzeReason(
          signalLabel(reason.signal, sayLocale),
          reason.evidence.map((e) => renderEvidence(e, sayLocale)).join(' '),
        ),
      ),
      ...(rec.suggestedRome ? { suggested_rome: rec.suggestedRome.map((s) => s.code) } : {}),
    })),
  };
}

function table(asOf: string, rows: { seekerId: string; result: AnalysisResult }[]): string {
  const lines = [say.analyzeTitle(asOf, rows.length), ''];
  lines.push(
    `${'seeker_id'.padEnd(14)} ${'attention'.padStart(9)}  ${say.analyzeSignals.padEnd(60)} ${say.analyzeFirstRecommendation}`,
  );
  const sorted = [...rows].sort(
    (a, b) => b.result.attention - a.result.attention || (a.seekerId < b.seekerId ? -1 : 1),
  );
  for (const { seekerId, result } of sorted) {
    const signals = result.signals.map((s) => `${s.id}(${s.severity})`).join(' ') || '—';
    lines.push(
      `${seekerId.padEnd(14)} ${String(result.attention).padStart(9)}  ${signals.padEnd(60)} ${result.recommendations[0]?.id ?? '—'}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function analyzeFile(file: string, options: AnalyzeOptions, asOf: string) {
  const refs = loadReferentials();
  const rows: { seekerId: string; result: AnalysisResult }[] = [];
  let line = 0;
  for await (const text of createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity,
  })) {
    line += 1;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      process.stderr.write(`${say.analyzeSkippedJson(file, line)}\n`);
      continue;
    }
    const validated = validateSeeker(raw);
    if (!validated.ok) {
      process.stderr.write(
        `${say.analyzeSkipped(file, line, reasonText(validated.reason, sayLocale))}\n`,
      );
      continue;
    }
    if (options.seeker && validated.value.seeker_id !== options.seeker) continue;
    rows.push({
      seekerId: validated.value.seeker_id,
      result: analyzeSeeker(toAnalysisJournal(validated.value), { refs, asOf }),
    });
  }
  return rows;
}

async function analyzeDatabase(options: AnalyzeOptions, asOf: string) {
  const db = openStore(options.db, { mustExist: true, writable: true });
  try {
    await refreshStaleAnalyses(db, { asOf, refs: loadReferentials() });
    const results = createAnalysisRepository(db);
    if (options.seeker) {
      const one = results.get(options.seeker);
      if (!one) throw new CliError(say.noSeeker(options.seeker));
      return [{ seekerId: one.seekerId, result: one.result }];
    }
    return results.all().map((r) => ({ seekerId: r.seekerId, result: r.result }));
  } finally {
    db.close();
  }
}

export async function analyze(file: string | undefined, options: AnalyzeOptions): Promise<void> {
  const asOf = options.asOf ?? appToday();
  if (!isIsoDate(asOf)) throw new CliError(say.badAsOf(asOf), EXIT.usage);
  if (file && options.db) throw new CliError(say.fileOrDb, EXIT.usage);
  const rows = file ? await analyzeFile(file, options, asOf) : await analyzeDatabase(options, asOf);
  if (options.json) {
    process.stdout.write(
      JSON.stringify({
        as_of: asOf,
        seekers: rows.map((r) => seekerJson(r.seekerId, r.result)),
      }) + '\n',
    );
  } else {
    process.stdout.write(table(asOf, rows));
  }
}
