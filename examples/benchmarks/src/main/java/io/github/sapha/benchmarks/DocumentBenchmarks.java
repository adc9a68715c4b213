package io.github.sapha.benchmarks;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.ValidationReport;
import io.github.sapha.validation.Validator;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, validating and writing one whole document held in memory, side by
 * side: sapha-jackson into the checked model and its validator; Jackson's
 * ordinary binding into plain records of format v1 ({@link PlainDocument})
 * and Hibernate Validator on their annotations; and a raw token loop (the
 * ceiling for any binding on Jackson). Every benchmark runs on every
 * scale ({@link Documents}).
 *
 * <p>Names put the operation first and the contender second: JMH runs
 * benchmarks in the order of their names, so the contenders of one operation
 * are measured one after another, close in time, which matters on a shared
 * machine.
 *
 * <p>Average time per operation, one fork with the JVM's default collector
 * and heap, as a user runs it; add {@code -prof gc} for the allocation per
 * operation. Each fork holds only what its benchmark needs: the document,
 * and for writing or validating alone the model or records read from it.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -jar examples/benchmarks/target/sapha-benchmarks.jar -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
// A national operation takes about a second, and the JIT needs about ten of them before
// validation settles (measured): 3 x 2 s of warm-up left national validation at 4-6x its
// steady time.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
public class DocumentBenchmarks {

  /** The document, by scale. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The scale; see {@link Documents}. */
    @Param({Documents.DISTRICT, Documents.PROVINCE, Documents.NATIONAL, Documents.TWICE_NATIONAL})
    public String scale;

    byte[] json;

    /** Makes the document. */
    @Setup(Level.Trial)
    public void setUp() {
      json = Documents.of(scale);
    }
  }

  /** The model read from the document, never validated (its lazy indexes never built). */
  @State(Scope.Benchmark)
  public static class Model {
    Registry registry;

    /**
     * Reads the model.
     *
     * @param input the document
     */
    @Setup(Level.Trial)
    public void setUp(Input input) {
      registry = SaphaJson.defaults().read(input.json);
    }
  }

  /** The records bound from the document. */
  @State(Scope.Benchmark)
  public static class Records {
    PlainDocument.Registry registry;

    /**
     * Binds the records.
     *
     * @param input the document
     */
    @Setup(Level.Trial)
    public void setUp(Input input) {
      registry = PlainDocument.read(input.json);
    }
  }

  private static final SaphaJson SAPHA = SaphaJson.defaults();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /**
   * sapha-jackson: bytes to the checked, immutable model.
   *
   * @param input the document
   * @return the registry
   */
  @Benchmark
  public Registry readSapha(Input input) {
    return SAPHA.read(input.json);
  }

  /**
   * sapha-jackson, then the default validator: what {@code sapha validate} does after loading the file.
   *
   * @param input the document
   * @return the report
   */
  @Benchmark
  public ValidationReport readValidateSapha(Input input) {
    return Validator.defaults().validate(SAPHA.read(input.json));
  }

  /**
   * The default validator alone, on a registry it has validated before: the
   * cost of the rules. A registry builds its lazy indexes (by id, the plan
   * tree) on its first validation only; {@link #readValidateSapha} pays for
   * them, this does not.
   *
   * @param model the model
   * @return the report
   */
  @Benchmark
  public ValidationReport validateSapha(Model model) {
    return Validator.defaults().validate(model.registry);
  }

  /**
   * sapha-jackson: the model to compact bytes.
   *
   * @param model the model
   * @return the document
   */
  @Benchmark
  public byte[] writeSapha(Model model) {
    return SAPHA.writeBytes(model.registry);
  }

  /**
   * Jackson's default binding of the same bytes to plain records, unknown properties refused.
   *
   * @param input the document
   * @return the records
   */
  @Benchmark
  public PlainDocument.Registry readRecords(Input input) {
    return PlainDocument.read(input.json);
  }

  /**
   * Jackson's default binding to the records, then Hibernate Validator on their annotations.
   *
   * @param input the document
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<PlainDocument.Registry>> readValidateRecords(Input input) {
    return PlainDocument.validate(PlainDocument.read(input.json));
  }

  /**
   * Hibernate Validator alone on the records' annotations.
   *
   * @param records the records
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<PlainDocument.Registry>> validateRecords(Records records) {
    return PlainDocument.validate(records.registry);
  }

  /**
   * Jackson's default binding: the records to compact bytes.
   *
   * @param records the records
   * @return the document
   */
  @Benchmark
  public byte[] writeRecords(Records records) {
    return PlainDocument.write(records.registry);
  }

  /**
   * The ceiling: Jackson's parser over the same bytes, every token's value read, nothing built.
   *
   * @param input the document
   * @param blackhole takes each value
   */
  @Benchmark
  public void readTokens(Input input, Blackhole blackhole) {
    try (JsonParser parser = PLAIN.createParser(input.json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case PROPERTY_NAME:
            blackhole.consume(parser.currentName());
            break;
          case VALUE_STRING:
            blackhole.consume(parser.getString());
            break;
          case VALUE_NUMBER_INT:
            blackhole.consume(parser.getLongValue());
            break;
          case VALUE_NUMBER_FLOAT:
            blackhole.consume(parser.getDoubleValue());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            blackhole.consume(parser.getBooleanValue());
            break;
          default:
            blackhole.consume(token);
        }
      }
    }
  }
}
