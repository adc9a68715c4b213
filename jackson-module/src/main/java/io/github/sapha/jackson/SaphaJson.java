package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import io.github.sapha.council.Council;
import io.github.sapha.council.Person;
import io.github.sapha.jackson.codec.Codecs;
import io.github.sapha.jackson.deser.JsonIn;
import io.github.sapha.jackson.deser.ReadOptions;
import io.github.sapha.jackson.internal.JsonLines;
import io.github.sapha.jackson.internal.Source;
import io.github.sapha.jackson.ser.CanonicalPrettyPrinter;
import io.github.sapha.jackson.ser.JsonOut;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Sapha documents, format v1: whole registries, and JSON
 * Lines of councils, people or plans, one record per line.
 *
 * <pre>{@code
 * SaphaJson json = SaphaJson.defaults();
 * Registry registry = json.read(in);           // throws SaphaJsonException on bad input
 * json.write(registry, out);                   // canonical: same registry, same bytes
 * try (Stream<Council> councils = json.readCouncilLines(lines)) {
 *   councils.forEach(...);                     // one line at a time
 * }
 * }</pre>
 *
 * <p>Its mapper has the {@link SaphaModule}, detects duplicate keys, refuses
 * content after the document, never closes the streams it is given, and
 * enforces limits on the input, each with a default:
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link Builder#maxNestingDepth}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *       <td>arrays and objects inside each other (format v1 needs 7)</td></tr>
 *   <tr><td>{@link Builder#maxStringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td>
 *       <td>characters of one string value</td></tr>
 *   <tr><td>{@link Builder#maxNumberLength}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *       <td>characters of one number</td></tr>
 *   <tr><td>{@link Builder#maxNameLength}</td><td>{@value #DEFAULT_MAX_NAME_LENGTH}</td>
 *       <td>characters of one field name</td></tr>
 *   <tr><td>{@link Builder#maxDocumentLength}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH}</td>
 *       <td>bytes (characters for text input) of one document, or of one JSON Lines record</td></tr>
 *   <tr><td>{@link Builder#maxArrayLength}</td><td>{@value #DEFAULT_MAX_ARRAY_LENGTH}</td>
 *       <td>elements of one array</td></tr>
 *   <tr><td>{@link Builder#maxElementCount}</td><td>{@value #DEFAULT_MAX_ELEMENT_COUNT}</td>
 *       <td>array elements of one document or JSON Lines record, all arrays together</td></tr>
 * </table>
 *
 * <p>Reaching a limit is a {@link SaphaJsonException} that names it; the
 * parser stops there, so deep or huge input never costs a stack overflow or
 * all of memory. Every array element costs memory however short it is in the
 * input (an object of the model and its strings, at most about 320 bytes), so
 * the element limits, not the length of the document, bound the memory that
 * short elements can cost.
 *
 * <p>Columns in error locations count bytes of UTF-8 for byte input ({@code
 * InputStream}, {@code byte[]}, {@code Path}) and characters for text input
 * ({@code Reader}, {@code String}). Every problem of the input is a {@link
 * SaphaJsonException}; only failures of the stream itself (a read that
 * throws, a file that cannot be opened) surface as Jackson's {@code
 * JacksonIOException}, with what the stream threw as cause.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SaphaJson {
  /** The default most deeply that arrays and objects may nest: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default most characters of one string value: 1,000,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** The default most characters of one number: 32. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;
  /** The default most characters of one field name: 50,000, Jackson's default; format v1's longest is 18. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 50_000;
  /** The default most bytes (characters for text input) of a document or JSON Lines record: 128 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 128L * 1024 * 1024;
  /**
   * The default most elements of one array: 1,000,000, nearly seven times the
   * largest array of the national document (its 146,718 people).
   */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 1_000_000;
  /**
   * The default most array elements of one document, all arrays together:
   * 2,000,000, over four times the national document's 473,985.
   */
  public static final long DEFAULT_MAX_ELEMENT_COUNT = 2_000_000L;

  private static final SaphaJson DEFAULTS = builder().build();

  private final SaphaModule module;
  private final StreamReadConstraints limits;
  private final ReadOptions options;
  private final JsonMapper mapper;
  private final ObjectWriter documents;
  private final ObjectWriter lines;
  private final boolean pretty;
  private final boolean failOnUnknown;
  private final boolean writeEmptyCollections;

  private SaphaJson(Builder builder) {
    this.module =
        new SaphaModule()
            .disable(SaphaFeature.values())
            .enable(builder.enabled.toArray(new SaphaFeature[0]))
            .withMaxArrayLength(builder.maxArrayLength)
            .withMaxElementCount(builder.maxElementCount);
    this.limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNumberLength(builder.maxNumberLength)
            .maxNameLength(builder.maxNameLength)
            .maxDocumentLength(builder.maxDocumentLength)
            .build();
    this.mapper =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
            .addModule(module)
            // No STRICT_DUPLICATE_DETECTION: every deserializer of the module already refuses a
            // field given twice (JsonIn.Obj), and Jackson's check costs a hash set per object,
            // a third of the time of reading a national document.
            // The caller opened the streams, so the caller closes them.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.pretty = module.isEnabled(SaphaFeature.PRETTY_PRINT);
    this.failOnUnknown = module.isEnabled(SaphaFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.options = new ReadOptions(failOnUnknown, builder.maxArrayLength, builder.maxElementCount);
    this.writeEmptyCollections = module.isEnabled(SaphaFeature.WRITE_EMPTY_COLLECTIONS);
    this.documents = pretty ? mapper.writer().with(prettyPrinter()) : mapper.writer();
    // Records are separated by the line feed written after each, not by Jackson's space.
    this.lines = mapper.writer().withRootValueSeparator((String) null);
  }

  /**
   * Gets the reader and writer with every feature and limit at its default.
   *
   * @return the shared default instance, not null
   */
  public static SaphaJson defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a builder, with every feature and limit at its default.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets a new instance of the canonical pretty printer that {@link
   * SaphaFeature#PRETTY_PRINT} uses, for a mapper of your own: {@code
   * mapper.writer().with(SaphaJson.prettyPrinter())}. Two spaces per level,
   * {@code "name": value}, {@code []} for an empty array, line feeds only.
   *
   * @return the printer, not null
   */
  public static PrettyPrinter prettyPrinter() {
    return new CanonicalPrettyPrinter();
  }

  /**
   * Gets the mapper behind this instance, with the {@link SaphaModule}, the
   * limits and the strict reading settings, for binding model types
   * directly; mappers are immutable in Jackson 3. Problems inside a value are
   * {@link SaphaJsonException}s as through this class, but what Jackson checks
   * before and after it calls a deserializer stays Jackson's own exception:
   * malformed input before the first token ({@code StreamReadException}),
   * bytes it cannot decode ({@code JacksonIOException}), no content and
   * content after the value ({@code MismatchedInputException}); their messages
   * may quote the input. The {@code read} methods of this class convert all of
   * them, and are the way to read untrusted input.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Gets the module with this instance's features.
   *
   * @return the module, not null
   */
  public SaphaModule module() {
    return module;
  }

  /**
   * Gets the limits on input.
   *
   * @return the limits, not null
   */
  public StreamReadConstraints limits() {
    return limits;
  }

  /**
   * Checks if a feature is enabled.
   *
   * @param feature the feature, not null
   * @return true if enabled
   */
  public boolean isEnabled(SaphaFeature feature) {
    return module.isEnabled(feature);
  }

  // ---- whole documents ------------------------------------------------------------------------

  /**
   * Reads a registry document from bytes, UTF-8. The stream is read to its
   * end and not closed.
   *
   * @param in the input, not null
   * @return the registry, not null
   * @throws SaphaJsonException if the input is not a valid registry document of format v1
   */
  public Registry read(InputStream in) {
    requireNonNull(in, "in");
    return document(() -> mapper.createParser(Source.of(in)), Codecs.registry()::read, "a registry", false);
  }

  /**
   * Reads a registry document held in bytes, UTF-8, such as a file already
   * in memory or the body of a request. Faster than wrapping the array in a
   * stream: the parser reads the array itself.
   *
   * @param json the document, not null; not modified
   * @return the registry, not null
   * @throws SaphaJsonException if the bytes are not a valid registry document of format v1
   */
  public Registry read(byte[] json) {
    requireNonNull(json, "json");
    return document(() -> mapper.createParser(json), Codecs.registry()::read, "a registry", false);
  }

  /**
   * Reads a registry document from a file, UTF-8. The file is opened, read
   * and closed by this method.
   *
   * @param file the file, not null
   * @return the registry, not null
   * @throws SaphaJsonException if the file is not a valid registry document of format v1
   * @throws tools.jackson.core.exc.JacksonIOException if the file cannot be opened or read
   */
  public Registry read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    } catch (java.io.IOException e) {
      // Opening or closing the file failed: a failure of the source, as for streams.
      throw tools.jackson.core.exc.JacksonIOException.construct(e);
    }
  }

  /**
   * Reads a registry document from text. The reader is not closed.
   *
   * @param in the input, not null
   * @return the registry, not null
   * @throws SaphaJsonException if the input is not a valid registry document of format v1
   */
  public Registry read(Reader in) {
    requireNonNull(in, "in");
    return document(() -> mapper.createParser(Source.of(in)), Codecs.registry()::read, "a registry", false);
  }

  /**
   * Reads a registry document held in a string.
   *
   * @param json the document, not null
   * @return the registry, not null
   * @throws SaphaJsonException if the text is not a valid registry document of format v1
   */
  public Registry read(String json) {
    requireNonNull(json, "json");
    return document(() -> mapper.createParser(json), Codecs.registry()::read, "a registry", false);
  }

  /**
   * Reads one document or record. A personal one (a person) is personal data
   * from its first token to the end, so that nothing found there is shown.
   */
  private <T> T document(Supplier<JsonParser> open, Function<JsonIn, T> read, String what, boolean personal) {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (StreamConstraintsException e) {
      // For in-memory input Jackson checks the document length before any token is read.
      throw new SaphaJsonException(JsonIn.limit(String.valueOf(e.getOriginalMessage()), limits), "", -1, -1, e);
    } catch (JacksonIOException e) {
      // Jackson looks at the first bytes to tell UTF-8 from UTF-16 and UTF-32, and may refuse them.
      throw undecodable(e, () -> new SaphaJsonException(
          personal ? "input that cannot be decoded (details not shown: personal data)" : "input that cannot be decoded: "
              + e.getOriginalMessage(), "", 1, 1, personal ? null : e));
    }
    try (parser) {
      JsonIn in = new JsonIn(parser, options, personal);
      try {
        if (in.next() == null) {
          throw in.errorAtEnd("no content: expected " + what);
        }
        T value = read.apply(in);
        in.expectEnd(what);
        return value;
      } catch (JacksonIOException e) {
        // A UTF-16 or UTF-32 character that Jackson cannot decode, anywhere in the document.
        throw undecodable(e, () -> in.undecodable(e));
      }
    }
  }

  /**
   * Sorts a Jackson I/O exception: a failure of the caller's input is
   * rethrown as Jackson's, with what the input threw as its cause; any other
   * is a document that cannot be decoded, the given exception.
   */
  private static RuntimeException undecodable(JacksonIOException e, Supplier<SaphaJsonException> malformed) {
    if (e.getCause() instanceof Source.Failure) {
      return JacksonIOException.construct(((Source.Failure) e.getCause()).original());
    }
    return malformed.get();
  }

  /**
   * Writes a registry as a document, UTF-8; the stream is flushed, not closed.
   * The same registry always gives the same bytes. Pretty output ends with
   * a line feed; compact output is one line without one.
   *
   * @param registry the registry, not null
   * @param out where to write, not null
   */
  public void write(Registry registry, OutputStream out) {
    requireNonNull(registry, "registry");
    try (JsonGenerator generator = documents.createGenerator(requireNonNull(out, "out"))) {
      writeDocument(registry, generator);
    }
  }

  /**
   * Writes a registry as a document to text; the writer is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param out where to write, not null
   */
  public void write(Registry registry, Writer out) {
    requireNonNull(registry, "registry");
    try (JsonGenerator generator = documents.createGenerator(requireNonNull(out, "out"))) {
      writeDocument(registry, generator);
    }
  }

  private void writeDocument(Registry registry, JsonGenerator generator) {
    Codecs.registry().write(registry, new JsonOut(generator, writeEmptyCollections));
    if (pretty) {
      generator.writeRaw('\n');
    }
  }

  /**
   * Writes a registry as a document in a string.
   *
   * @param registry the registry, not null
   * @return the document, not null
   */
  public String writeString(Registry registry) {
    StringWriter out = new StringWriter();
    write(registry, out);
    return out.toString();
  }

  /**
   * Writes a registry as a document in UTF-8 bytes.
   *
   * @param registry the registry, not null
   * @return the document, not null
   */
  public byte[] writeBytes(Registry registry) {
    // Jackson's segmented buffer, not a ByteArrayOutputStream: that one doubles and copies its
    // array as it grows, which for a national document was a third of all a write allocated.
    ByteArrayBuilder out = new ByteArrayBuilder();
    write(registry, out);
    return out.getClearAndRelease();
  }

  // ---- JSON Lines -----------------------------------------------------------------------------

  /**
   * Writes councils as JSON Lines: each council compact on one line, ended by
   * a line feed. Councils are taken from the iterable one at a time, so a
   * lazy source is written in constant memory; pass {@code stream::iterator}
   * for a stream. The output stream is flushed, not closed.
   *
   * @param councils the councils, not null
   * @param out where to write, not null
   */
  public void writeCouncilLines(Iterable<? extends Council> councils, OutputStream out) {
    writeLines(councils, out, Codecs.council()::write);
  }

  /**
   * Writes people as JSON Lines, one person per line; see {@link #writeCouncilLines}.
   *
   * @param people the people, not null
   * @param out where to write, not null
   */
  public void writePersonLines(Iterable<? extends Person> people, OutputStream out) {
    writeLines(people, out, Codecs.person()::write);
  }

  /**
   * Writes plans as JSON Lines, one plan per line; see {@link #writeCouncilLines}.
   *
   * @param plans the plans, not null
   * @param out where to write, not null
   */
  public void writePlanLines(Iterable<? extends Plan> plans, OutputStream out) {
    writeLines(plans, out, Codecs.plan()::write);
  }

  private <T> void writeLines(Iterable<? extends T> records, OutputStream out, BiConsumer<T, JsonOut> write) {
    requireNonNull(records, "records");
    try (JsonGenerator generator = lines.createGenerator(requireNonNull(out, "out"))) {
      JsonOut json = new JsonOut(generator, writeEmptyCollections);
      for (T record : records) {
        write.accept(requireNonNull(record, "record"), json);
        generator.writeRaw('\n');
      }
    }
  }

  /**
   * Reads councils from JSON Lines, one council per line. The stream is
   * lazy: each line is read and parsed when the next council is wanted, and
   * only one line is held at a time. Blank lines are skipped. An error is a
   * {@link SaphaJsonException} raised by the stream's terminal operation,
   * with the line of the input and a JSON Pointer within the record. The
   * input stream is not closed.
   *
   * @param in the input, UTF-8, not null
   * @return the councils, not null
   */
  public Stream<Council> readCouncilLines(InputStream in) {
    return readLines(in, Codecs.council()::read, "a council", false);
  }

  /**
   * Reads people from JSON Lines, one person per line; see {@link #readCouncilLines}.
   *
   * @param in the input, UTF-8, not null
   * @return the people, not null
   */
  public Stream<Person> readPersonLines(InputStream in) {
    return readLines(in, Codecs.person()::read, "a person", true);
  }

  /**
   * Reads plans from JSON Lines, one plan per line; see {@link #readCouncilLines}.
   *
   * @param in the input, UTF-8, not null
   * @return the plans, not null
   */
  public Stream<Plan> readPlanLines(InputStream in) {
    return readLines(in, Codecs.plan()::read, "a plan", false);
  }

  private <T> Stream<T> readLines(InputStream in, Function<JsonIn, T> read, String what, boolean personal) {
    JsonLines lines = new JsonLines(requireNonNull(in, "in"), limits.getMaxDocumentLength());
    Spliterator<T> records =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            JsonLines.Line line = lines.next();
            if (line == null) {
              return false;
            }
            action.accept(record(line, read, what, personal));
            return true;
          }
        };
    return StreamSupport.stream(records, false);
  }

  private <T> T record(JsonLines.Line line, Function<JsonIn, T> read, String what, boolean personal) {
    try {
      return document(() -> mapper.createParser(line.bytes(), 0, line.length()), read, what, personal);
    } catch (SaphaJsonException e) {
      // The parser saw one line; the reader wants the line of the input.
      throw new SaphaJsonException(e.getDetail(), e.getPointer(), line.number(), e.getColumn(), e.getCause());
    }
  }

  static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
    return value;
  }

  /**
   * Builds a {@link SaphaJson}: features and limits, each starting at its default.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Set<SaphaFeature> enabled = EnumSet.noneOf(SaphaFeature.class);
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxArrayLength = DEFAULT_MAX_ARRAY_LENGTH;
    private long maxElementCount = DEFAULT_MAX_ELEMENT_COUNT;

    private Builder() {
      for (SaphaFeature feature : SaphaFeature.values()) {
        if (feature.enabledByDefault()) {
          enabled.add(feature);
        }
      }
    }

    /**
     * Enables features.
     *
     * @param features the features, not null
     * @return this builder
     */
    public Builder enable(SaphaFeature... features) {
      for (SaphaFeature feature : features) {
        enabled.add(requireNonNull(feature, "feature"));
      }
      return this;
    }

    /**
     * Disables features.
     *
     * @param features the features, not null
     * @return this builder
     */
    public Builder disable(SaphaFeature... features) {
      for (SaphaFeature feature : features) {
        enabled.remove(requireNonNull(feature, "feature"));
      }
      return this;
    }

    /**
     * Enables or disables a feature.
     *
     * @param feature the feature, not null
     * @param state true to enable it
     * @return this builder
     */
    public Builder configure(SaphaFeature feature, boolean state) {
      return state ? enable(feature) : disable(feature);
    }

    /**
     * Sets how deeply arrays and objects may nest; default {@value SaphaJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param depth the depth, at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets how many characters one string value may have; default {@value
     * SaphaJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param length the length, at least 1
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    /**
     * Sets how many characters one number may have; default {@value SaphaJson#DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @param length the length, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length, "maxNumberLength");
      return this;
    }

    /**
     * Sets how many characters one field name may have; default {@value SaphaJson#DEFAULT_MAX_NAME_LENGTH}.
     *
     * @param length the length, at least 1
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive(length, "maxNameLength");
      return this;
    }

    /**
     * Sets how many bytes (characters for text input) one document, or one
     * JSON Lines record, may have; default {@value SaphaJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @param length the length, at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length, "maxDocumentLength");
      return this;
    }

    /**
     * Sets how many elements one array may have; default {@value SaphaJson#DEFAULT_MAX_ARRAY_LENGTH}.
     *
     * @param length the length, at least 1
     * @return this builder
     */
    public Builder maxArrayLength(int length) {
      this.maxArrayLength = positive(length, "maxArrayLength");
      return this;
    }

    /**
     * Sets how many array elements one document, or one JSON Lines record,
     * may have, all its arrays together; default {@value
     * SaphaJson#DEFAULT_MAX_ELEMENT_COUNT}. This bounds the memory that
     * reading a document can take, whatever it holds: at most about 320
     * bytes per element, plus the text of its strings.
     *
     * @param count the count, at least 1
     * @return this builder
     */
    public Builder maxElementCount(long count) {
      this.maxElementCount = positive(count, "maxElementCount");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance, not null
     */
    public SaphaJson build() {
      return new SaphaJson(this);
    }
  }
}
