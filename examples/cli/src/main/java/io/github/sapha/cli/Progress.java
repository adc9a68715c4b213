package io.github.sapha.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

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
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, String what) {
    this(err, what, System::nanoTime);
  }

  /** With a clock of its own, in nanoseconds, so tests need not wait. */
  Progress(PrintWriter err, String what, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  void update(long done, long total) {
    long now = clock.getAsLong();
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
