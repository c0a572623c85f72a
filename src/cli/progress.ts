/**
 * How a long build shows its progress on stderr: a bar redrawn in place on a terminal, a plain
 * line every tenth of the way otherwise (a log file or CI gets a few lines, not thousands).
 */

type Stage = "extract" | "analyse";

export interface ProgressReporter {
  /** For BuildOptions.progress. */
  progress(stage: Stage, done: number, total: number | null): void;
  /** A log line, written so that it does not run into the bar. */
  log(line: string): void;
  /** Ends the bar's line. */
  finish(): void;
}

/** A terminal is redrawn at most this often: faster only costs time. */
const REDRAW_MS = 100;
const BAR_WIDTH = 30;
/** Without a terminal, a line per this many documents read (their total is not known while reading). */
const PLAIN_EXTRACT_STEP = 1000;
/** Stages with fewer items than this finish too soon to need a progress line. */
const PLAIN_MIN_TOTAL = 20;

export function progressReporter(out: { write(s: string): unknown; isTTY?: boolean }, prefix = "dossier: "): ProgressReporter {
  const tty = out.isTTY === true;
  let drawn = "";
  let lastDraw = 0;
  let lastPlain = { stage: "", step: -1 };
  const clear = (): void => {
    if (drawn) out.write("\r\x1b[K");
    drawn = "";
  };
  return {
    progress(stage, done, total) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < REDRAW_MS && done !== total) return;
        lastDraw = now;
        drawn = total === null ? `${prefix}${stage} ${done} read` : `${prefix}${stage} [${bar(done, total)}] ${done}/${total}`;
        out.write(`\r\x1b[K${drawn}`);
        return;
      }
      const step = total === null ? Math.floor(done / PLAIN_EXTRACT_STEP) : total >= PLAIN_MIN_TOTAL ? Math.floor((10 * done) / total) : -1;
      if (step <= 0 || (lastPlain.stage === stage && lastPlain.step === step)) return;
      lastPlain = { stage, step };
      out.write(`${prefix}${stage}: ${done}${total === null ? " read" : `/${total} (${step * 10}%)`}\n`);
    },
    log(line) {
      const keep = drawn;
      clear();
      out.write(`${prefix}${line}\n`);
      if (keep) {
        drawn = keep;
        out.write(drawn);
      }
    },
    finish: clear,
  };
}

function bar(done: number, total: number): string {
  const full = total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * done) / total);
  return "#".repeat(full) + "-".repeat(BAR_WIDTH - full);
}
