package io.github.sapha.jackson;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Input made on demand, never held whole: a head, a piece repeated many
 * times, a tail; and sequences of such. Documents of hundreds of megabytes
 * cost nothing until they are read, and only what is read.
 */
final class Repeated extends InputStream {
  private final byte[] head;
  private final byte[] piece;
  private final byte[] tail;
  private final long total;
  private long position;
  /** How many bytes have been read so far. */
  long read;

  private Repeated(String head, String piece, long count, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.piece = piece.getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.total = this.head.length + this.piece.length * count + this.tail.length;
  }

  /**
   * Gets {@code head}, then {@code piece} {@code count} times, then {@code tail}, in UTF-8.
   *
   * @return the input, not null
   */
  static Repeated of(String head, String piece, long count, String tail) {
    return new Repeated(head, piece, count, tail);
  }

  /** Gets the inputs one after another. */
  static InputStream concat(InputStream... parts) {
    List<InputStream> list = new ArrayList<>(List.of(parts));
    return new SequenceInputStream(Collections.enumeration(list));
  }

  /** Gets the length of the input in bytes. */
  long length() {
    return total;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position >= total) {
      return -1;
    }
    int n = (int) Math.min(len, total - position);
    int done = 0;
    while (done < n) {
      done += copy(b, off + done, n - done);
    }
    read += n;
    return n;
  }

  /** Copies up to {@code len} bytes from the current position, within one part, and moves on. */
  private int copy(byte[] b, int off, int len) {
    long pieces = total - head.length - tail.length;
    byte[] from;
    int at;
    int left;
    if (position < head.length) {
      from = head;
      at = (int) position;
      left = head.length - at;
    } else if (position - head.length < pieces) {
      from = piece;
      at = (int) ((position - head.length) % piece.length);
      left = piece.length - at;
    } else {
      from = tail;
      at = (int) (position - head.length - pieces);
      left = tail.length - at;
    }
    int n = Math.min(len, left);
    System.arraycopy(from, at, b, off, n);
    position += n;
    return n;
  }
}
