package io.github.sapha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JOL measures the model's records and classes on this JDK (records need jol.magicFieldOffset on 17). */
class HeapFootprintTest {

  @Test
  void test_print_measuresTheDistrict() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HeapFootprint.print(Documents.DISTRICT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("model (Registry, as read)", "records (PlainDocument)", "model / records: ");
  }
}
