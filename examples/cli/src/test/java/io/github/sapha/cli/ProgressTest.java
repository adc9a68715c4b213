package io.github.sapha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(5 * SECOND);
  private final StringWriter err = new StringWriter();
  private final Progress progress = new Progress(new PrintWriter(err), "generating councils", now::get);

  @Test
  void quickWorkPrintsNothing() {
    progress.update(0, 9);
    progress.update(9, 9);
    progress.done();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void slowWorkShowsDoneOfTotalThenDone() {
    progress.update(0, 24);
    now.addAndGet(SECOND + 1);
    progress.update(12, 24);
    now.addAndGet(SECOND);
    progress.update(24, 24);
    progress.done();
    assertThat(err.toString())
        .isEqualTo("\rgenerating councils: 12 of 24\rgenerating councils: 24 of 24"
            + "\rgenerating councils: done" + " ".repeat(20) + System.lineSeparator());
  }

  @Test
  void updatesAtMostTwiceASecond() {
    now.addAndGet(2 * SECOND);
    progress.update(1, 9);
    now.addAndGet(SECOND / 10);
    progress.update(2, 9);
    assertThat(err.toString()).isEqualTo("\rgenerating councils: 1 of 9");
  }
}
