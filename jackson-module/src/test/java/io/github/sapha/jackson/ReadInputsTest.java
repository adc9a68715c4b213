package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.exc.JacksonIOException;

/** The inputs users hold a document in: bytes in memory and files, beside streams and text. */
class ReadInputsTest {
  private static final SaphaJson JSON = SaphaJson.defaults();
  private static final Registry FULL = FullRegistry.build();

  /** Three Thai characters (nine bytes of UTF-8) before an unknown field on one line. */
  private static final String UNKNOWN_AFTER_THAI =
      "{\"schemaVersion\":1,\"asOf\":\"2017-05-18\",\"people\":[{\"id\":\"p-1\",\"name\":{\"given\":\"กขค\"},\"colour\":1}]}";

  @Test
  void test_readBytes_readsWhatWasWritten() {
    assertThat(JSON.read(JSON.writeBytes(FULL))).isEqualTo(FULL);
  }

  @Test
  void test_readPath_readsWhatWasWritten(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("registry.json"), JSON.writeBytes(FULL));
    assertThat(JSON.read(file)).isEqualTo(FULL);
  }

  @Test
  void test_errorColumns_countBytesForBytesAndFiles(@TempDir Path dir) throws IOException {
    byte[] bytes = UNKNOWN_AFTER_THAI.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("bad.json"), bytes);
    SaphaJsonException fromText = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(UNKNOWN_AFTER_THAI));
    SaphaJsonException fromBytes = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(bytes));
    SaphaJsonException fromFile = catchThrowableOfType(SaphaJsonException.class, () -> JSON.read(file));
    assertThat(fromBytes.getPointer()).isEqualTo(fromText.getPointer()).isEqualTo("/people/0/colour");
    assertThat(fromBytes.getColumn()).isEqualTo(fromText.getColumn() + 6);
    assertThat(fromFile.getColumn()).isEqualTo(fromBytes.getColumn());
  }

  @Test
  void test_readPath_ofAMissingFileIsAnIoFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> JSON.read(dir.resolve("missing.json"))).isInstanceOf(JacksonIOException.class);
  }
}
