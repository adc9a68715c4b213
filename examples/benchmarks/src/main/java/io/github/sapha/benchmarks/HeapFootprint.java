package io.github.sapha.benchmarks;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.registry.Registry;
import io.github.sapha.validation.Validator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * The heap a document takes once read: everything reachable from the model's
 * {@link Registry} against everything reachable from the {@link PlainDocument}
 * records, both read from the same bytes, measured with JOL (Java Object
 * Layout) under this JVM's settings (compressed references with the default
 * heap). Also the registry after its first validation, which builds its lazy
 * indexes. Enum constants are left out: they exist whether a document is
 * read or not.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -Djol.magicFieldOffset=true -cp examples/benchmarks/target/sapha-benchmarks.jar \
 *     io.github.sapha.benchmarks.HeapFootprint [district|province|national|twice-national]
 * </pre>
 *
 * <p>JOL reads field offsets through {@code sun.misc.Unsafe}, which refuses
 * them for records on JDK 17; {@code -Djol.magicFieldOffset=true} makes it
 * find them another way. This main sets it when absent.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Measures and prints.
   *
   * @param args optionally the scale, national by default
   */
  public static void main(String[] args) {
    print(args.length > 0 ? args[0] : Documents.NATIONAL, System.out);
  }

  /**
   * Measures and prints.
   *
   * @param scale the scale, see {@link Documents}
   * @param out where to print
   */
  static void print(String scale, PrintStream out) {
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true"); // before JOL's first use
    }
    byte[] json = Documents.of(scale);
    Registry registry = SaphaJson.defaults().read(json);
    PlainDocument.Registry records = PlainDocument.read(json);
    out.println(VM.current().details());
    out.printf("%s document: %,d bytes of JSON; %s%n%n", scale, json.length, registry);

    GraphLayout model = report("model (Registry, as read)", GraphLayout.parseInstance(registry), json.length, out);
    GraphLayout plain = report("records (PlainDocument)", GraphLayout.parseInstance(records), json.length, out);
    out.printf("model / records: %.3f%n%n", (double) model.totalSize() / plain.totalSize());

    Validator.defaults().validate(registry);
    GraphLayout validated =
        report("model after its first validation (indexes built)", GraphLayout.parseInstance(registry),
            json.length, out);
    out.printf("validated model / records: %.3f%n%n", (double) validated.totalSize() / plain.totalSize());

    top("model", model, out);
    top("records", plain, out);
  }

  /** Prints the size of what is reachable, without enum constants, which exist whether a document is read or not. */
  private static GraphLayout report(String what, GraphLayout layout, long jsonLength, PrintStream out) {
    List<Object> constants = new ArrayList<>();
    for (Class<?> type : layout.getClasses()) {
      if (type.isEnum()) {
        constants.addAll(List.of(type.getEnumConstants()));
      }
    }
    GraphLayout retained =
        constants.isEmpty() ? layout : layout.subtract(GraphLayout.parseInstance(constants.toArray()));
    out.printf(
        "%-54s %,13d bytes in %,10d objects, %.2f bytes per byte of JSON (enum constants left out: %,d bytes)%n",
        what, retained.totalSize(), retained.totalCount(), (double) retained.totalSize() / jsonLength,
        layout.totalSize() - retained.totalSize());
    return retained;
  }

  private static void top(String what, GraphLayout layout, PrintStream out) {
    out.printf("Largest classes in the %s:%n", what);
    layout.getClasses().stream()
        .sorted(Comparator.comparingLong((Class<?> type) -> layout.getClassSizes().count(type)).reversed())
        .limit(12)
        .forEach(
            type ->
                out.printf(
                    "  %,14d bytes %,11d objects  %s%n",
                    layout.getClassSizes().count(type), layout.getClassCounts().count(type), type.getName()));
    out.println();
  }
}
