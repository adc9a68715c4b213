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
  /** The piece repeated to fill about 8 KB, so that short pieces are copied in blocks. */
  private final byte[] block;
  private final byte[] tail;
  private final long total;
  private long position;
  /** How many bytes have been read so far. */
  long read;

  private Repeated(String head, String piece, long count, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    byte[] one = piece.getBytes(StandardCharsets.UTF_8);
    this.block = new byte[one.length * Math.max(1, 8192 / Math.max(1, one.length))];
    for (int i = 0; i < block.length; i++) {
      block[i] = one[i % one.length];
    }
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.total = this.head.length + (long) one.length * count + this.tail.length;
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
      // The block holds whole pieces, so a position among the pieces falls on its byte of the block.
      from = block;
      at = (int) ((position - head.length) % block.length);
      left = (int) Math.min(block.length - at, pieces - (position - head.length));
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
