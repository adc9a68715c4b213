package io.github.sapha.jackson.internal;

import io.github.sapha.jackson.SaphaJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Splits bytes into JSON Lines records: the lines of the input, each at most
 * a given number of bytes, blank lines skipped. Only the current line is
 * held, so memory does not grow with the number of records.
 *
 * <p>Internal: not exported from the module. This class is mutable and not
 * thread-safe.
 */
public final class JsonLines {
  private static final int CHUNK = 8192;

  private final InputStream in;
  private final long maxLineLength;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[256];
  /** Lines read so far; a long, since a stream may hold more than 2^31 of them. */
  private long lineNumber;
  private boolean finished;

  /**
   * Creates a splitter.
   *
   * @param in the input, not null; it is not closed
   * @param maxLineLength the most bytes of one line, not counting its line feed
   */
  public JsonLines(InputStream in, long maxLineLength) {
    this(in, maxLineLength, 0);
  }

  /** Creates a splitter whose input starts after {@code linesBefore} lines, for tests of large line numbers. */
  JsonLines(InputStream in, long maxLineLength, long linesBefore) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.lineNumber = linesBefore;
  }

  /** One record: its bytes (a shared buffer, valid until the next call) and its line number, from 1. */
  public record Line(byte[] bytes, int length, long number) {}

  /**
   * Gets the next line that is not blank.
   *
   * @return the line, or null at the end of the input
   * @throws SaphaJsonException if a line is longer than allowed
   */
  public Line next() {
    for (; ; ) {
      if (finished) {
        return null;
      }
      int length = readLine();
      if (length < 0) {
        return null;
      }
      if (!isBlank(length)) {
        return new Line(line, length, lineNumber);
      }
    }
  }

  /** Reads the next line into the buffer and returns its length, or -1 at the end of the input. */
  private int readLine() {
    int length = 0;
    boolean any = false;
    for (; ; ) {
      if (chunkPos == chunkEnd && !fill()) {
        finished = true;
        if (!any) {
          return -1;
        }
        lineNumber++;
        return length;
      }
      any = true;
      byte b = chunk[chunkPos++];
      if (b == '\n') {
        lineNumber++;
        return length;
      }
      if (length >= maxLineLength) {
        throw new SaphaJsonException(
            "a record longer than the limit of " + maxLineLength + " bytes (maxDocumentLength)",
            "",
            lineNumber + 1,
            -1,
            null);
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, 2L * line.length)));
      }
      line[length++] = b;
    }
  }

  private boolean fill() {
    try {
      int n = in.read(chunk);
      if (n <= 0) {
        return false;
      }
      chunkPos = 0;
      chunkEnd = n;
      return true;
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
