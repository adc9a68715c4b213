package io.github.sapha.cli;

import java.io.PrintWriter;
import java.util.Timer;
import java.util.TimerTask;

/**
 * A progress note on stderr for one step whose length is not known in advance,
 * such as reading a large document: nothing if the step ends within a second,
 * otherwise its name, a dot a second, and the time it took.
 */
final class Activity {
  private final PrintWriter err;
  private final String what;
  private final long started = System.nanoTime();
  private final Timer timer = new Timer("sapha-progress", true);
  private boolean shown;

  /**
   * Does some work, noting its progress on stderr if it takes over a second.
   *
   * @return what the work returns
   */
  static <T> T during(PrintWriter err, String what, java.util.function.Supplier<T> work) {
    Activity activity = new Activity(err, what);
    try {
      return work.get();
    } finally {
      activity.close();
    }
  }

  private Activity(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
    timer.scheduleAtFixedRate(
        new TimerTask() {
          @Override
          public void run() {
            tick();
          }
        },
        1000,
        1000);
  }

  private synchronized void tick() {
    err.print(shown ? "." : what + "...");
    err.flush();
    shown = true;
  }

  private synchronized void close() {
    timer.cancel();
    if (shown) {
      err.printf(" done in %.1f s%n", (System.nanoTime() - started) / 1e9);
      err.flush();
    }
  }
}
