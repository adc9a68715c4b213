package io.github.sapha.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for work that takes more than a second: nothing
 * for quick work, then at most two updates a second. Stdout stays clean for
 * machine-readable output.
 */
final class Progress {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = total;
  }

  void update(long done) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS || (shown && now - lastShown < EVERY_NANOS)) {
      return;
    }
    err.printf("\r%s: %d of %d", what, done, total);
    err.flush();
    shown = true;
    lastShown = now;
  }

  void done() {
    if (shown) {
      err.printf("\r%s: done%s%n", what, " ".repeat(20));
      err.flush();
    }
  }
}
