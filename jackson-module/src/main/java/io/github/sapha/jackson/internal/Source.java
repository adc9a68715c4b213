package io.github.sapha.jackson.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Wraps the caller's input so that its own failures can be told from
 * Jackson's failures to decode it. Jackson reports both as a {@code
 * JacksonIOException}: a read that fails (a closed stream, a broken
 * connection) and bytes it cannot decode (a UTF-32 character cut short, a
 * byte order of UCS-4 it does not support). The first is a failure of the
 * source; the second is a malformed document. A failure of the wrapped input
 * is a {@link Failure}, whose cause is what the input threw.
 *
 * <p>Internal: not exported from the module. Instances are mutable and not
 * thread-safe, like the input they wrap.
 */
public final class Source {
  private Source() {}

  /** A failure of the caller's input itself; its cause is what the input threw. */
  public static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /** Gets what the input threw. */
    public IOException original() {
      return (IOException) getCause();
    }
  }

  /** A read of the caller's input. */
  private interface Read {
    int get() throws IOException;
  }

  /** Runs a read of the caller's input, telling its failure from Jackson's. */
  private static int read(Read read) throws Failure {
    try {
      return read.get();
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  /** Wraps bytes, not closing them when closed (the caller closes its streams). */
  public static InputStream of(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return Source.read(super::read);
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return Source.read(() -> super.read(b, off, len));
      }

      @Override
      public void close() {}
    };
  }

  /** Wraps text, not closing it when closed (the caller closes its readers). */
  public static Reader of(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        return Source.read(super::read);
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return Source.read(() -> super.read(b, off, len));
      }

      @Override
      public void close() {}
    };
  }
}
