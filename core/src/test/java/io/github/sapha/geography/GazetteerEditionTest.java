package io.github.sapha.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GazetteerEditionTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  @Test
  void test_toString_dateThenSource() {
    assertThat(new GazetteerEdition("Chiang Rai provincial office list", DATE))
        .hasToString("2025-10-01 (Chiang Rai provincial office list)");
  }

  @Test
  void test_new_refusesBlankMultiLineAndNull() {
    assertThatThrownBy(() -> new GazetteerEdition(" ", DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gazetteer edition: source must not be blank");
    assertThatThrownBy(() -> new GazetteerEdition("DOPA\n2025", DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gazetteer edition: source must be one line without tabs");
    assertThatThrownBy(() -> new GazetteerEdition("DOPA", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(new GazetteerEdition("DOPA", DATE), new GazetteerEdition("DOPA", DATE))
        .addEqualityGroup(new GazetteerEdition("DOPA", DATE.plusDays(1)))
        .addEqualityGroup(new GazetteerEdition("Thailand Post", DATE))
        .testEquals();
  }
}
