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
  // A tick already waiting for the lock when close() takes it would otherwise print a
  // dot after the closing line: Timer.cancel() does not stop a task that has started.
  private boolean closed;

  /**
   * Does some work, noting its progress on stderr if it takes over a second.
   *
   * @return what the work returns
   */
  static <T> T during(PrintWriter err, String what, java.util.function.Supplier<T> work) {
    return during(err, what, 1000, work);
  }

  /** As {@link #during(PrintWriter, String, java.util.function.Supplier)}, quiet for {@code quietMillis}. */
  static <T> T during(PrintWriter err, String what, long quietMillis, java.util.function.Supplier<T> work) {
    Activity activity = start(err, what, quietMillis);
    boolean succeeded = false;
    try {
      T result = work.get();
      succeeded = true;
      return result;
    } finally {
      activity.close(succeeded);
    }
  }

  /** Starts a note that shows after {@code quietMillis}; {@link #close} ends it. */
  static Activity start(PrintWriter err, String what, long quietMillis) {
    Activity activity = new Activity(err, what);
    activity.timer.scheduleAtFixedRate(
        new TimerTask() {
          @Override
          public void run() {
            activity.tick();
          }
        },
        quietMillis,
        quietMillis);
    return activity;
  }

  private Activity(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
  }

  /** One timer tick: the name the first time, then a dot; nothing once closed. */
  synchronized void tick() {
    if (closed) {
      return;
    }
    err.print(shown ? "." : what + "...");
    err.flush();
    shown = true;
  }

  /** Ends the note: "done" only if the work succeeded, so an error never follows a "done". */
  synchronized void close(boolean succeeded) {
    closed = true;
    timer.cancel();
    if (shown) {
      if (succeeded) {
        err.printf(" done in %.1f s%n", (System.nanoTime() - started) / 1e9);
      } else {
        err.printf(" failed after %.1f s%n", (System.nanoTime() - started) / 1e9);
      }
      err.flush();
    }
  }
}
