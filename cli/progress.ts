// A progress bar on stderr when a person is watching (a terminal), silence otherwise,
// so that piped output and --json stay clean.
import cliProgress from 'cli-progress';

export interface ByteProgress {
  update(bytesRead: number, detail: string): void;
  stop(): void;
}

export function byteProgress(totalBytes: number, label: string): ByteProgress {
  if (!process.stderr.isTTY || totalBytes === 0) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {detail}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { detail: '' });
  return {
    update(bytesRead, detail) {
      bar.update(bytesRead, { detail });
    },
    stop() {
      bar.stop();
    },
  };
}
