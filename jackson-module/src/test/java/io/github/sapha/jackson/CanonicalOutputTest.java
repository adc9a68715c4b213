package io.github.sapha.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.MemberKind;
import io.github.sapha.council.PostRole;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.jackson.internal.JsonEnums;
import io.github.sapha.plan.Theme;
import io.github.sapha.registry.Registry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the writer produces: the field order of the format, canonical layout, no Java names. */
class CanonicalOutputTest {
  private static final SaphaJson COMPACT = SaphaJson.defaults();
  private static final SaphaJson PRETTY = SaphaJson.builder().enable(SaphaFeature.PRETTY_PRINT).build();

  static String fullRegistryJson() throws IOException {
    try (InputStream in = CanonicalOutputTest.class.getResourceAsStream("full-registry.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Removes the white space between tokens (none of the strings of the full registry holds a quote). */
  private static String minify(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (char c : json.toCharArray()) {
      if (c == '"') {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void test_pretty_writesEveryFieldInFormatOrder() throws IOException {
    assertThat(PRETTY.writeString(FullRegistry.build())).isEqualTo(fullRegistryJson());
    assertThat(new String(PRETTY.writeBytes(FullRegistry.build()), StandardCharsets.UTF_8)).isEqualTo(fullRegistryJson());
  }

  @Test
  void test_compact_isTheSameDocumentOnOneLine() throws IOException {
    String compact = COMPACT.writeString(FullRegistry.build());
    assertThat(compact).isEqualTo(minify(fullRegistryJson())).doesNotContain("\n");
  }

  @Test
  void test_fullRegistry_readsBack() throws IOException {
    assertThat(COMPACT.read(fullRegistryJson())).isEqualTo(FullRegistry.build());
  }

  @Test
  void test_output_namesNoJavaClass() {
    String json = COMPACT.writeString(FullRegistry.build());
    assertThat(json).doesNotContain("io.github").doesNotContain("Immutable").doesNotContain("@class")
        .doesNotContain("Optional").doesNotContain("java.");
  }

  @Test
  void test_enumValues_followTheOneRule() {
    assertThat(JsonEnums.toJson(MemberKind.COMMUNITY_REPRESENTATIVE)).isEqualTo("community-representative");
    assertThat(JsonEnums.toJson(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)).isEqualTo("subdistrict-municipality");
    assertThat(JsonEnums.toJson(PostRole.CHAIR)).isEqualTo("chair");
    assertThat(JsonEnums.toJson(Theme.NATURAL_RESOURCES_AND_ENVIRONMENT)).isEqualTo("natural-resources-and-environment");
    for (Class<? extends Enum<?>> type : JsonEnums.MODEL_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String json = JsonEnums.toJson(constant);
        assertThat(json).isEqualTo(constant.name().toLowerCase(Locale.ROOT).replace('_', '-')).matches("[a-z]+(-[a-z]+)*");
        assertThat(COMPACT.mapper().writeValueAsString(constant)).isEqualTo("\"" + json + "\"");
        assertThat(COMPACT.mapper().readValue("\"" + json + "\"", type)).isSameAs(constant);
      }
    }
    assertThat(JsonEnums.kindOf(CommunityKind.class)).isEqualTo("community kind");
  }

  @Test
  void test_pretty_endsWithALineFeedAndCompactDoesNot() {
    Registry empty = Registry.builder().asOf(LocalDate.of(2017, 5, 18)).build();
    assertThat(PRETTY.writeString(empty))
        .isEqualTo(
            "{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2017-05-18\",\n  \"councils\": [],\n  \"networks\": [],\n"
                + "  \"organizations\": [],\n  \"people\": [],\n  \"meetings\": [],\n  \"plans\": []\n}\n");
    assertThat(COMPACT.writeString(empty)).endsWith("\"plans\":[]}");
  }

  @Test
  void test_withoutEmptyCollections_leavesThemOut() {
    SaphaJson sparse = SaphaJson.builder().disable(SaphaFeature.WRITE_EMPTY_COLLECTIONS).build();
    String json = sparse.writeString(FullRegistry.build());
    assertThat(json).doesNotContain("\"posts\":[]");
    assertThat(sparse.read(json)).isEqualTo(FullRegistry.build());
  }

  @Test
  void test_streams_areNotClosed() {
    boolean[] closed = {false, false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    COMPACT.write(FullRegistry.build(), out);
    InputStream in =
        new ByteArrayInputStream(out.toByteArray()) {
          @Override
          public void close() {
            closed[1] = true;
          }
        };
    assertThat(COMPACT.read(in)).isEqualTo(FullRegistry.build());
    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void test_sharedInstance_servesManyThreadsAtOnce() throws IOException {
    String json = fullRegistryJson();
    Registry expected = FullRegistry.build();
    // One SaphaJson, its mapper and writers shared by every thread: each result must be the same.
    assertThat(
            IntStream.range(0, 200)
                .parallel()
                .mapToObj(i -> PRETTY.writeString(i % 2 == 0 ? PRETTY.read(json) : COMPACT.read(json)))
                .distinct()
                .toList())
        .containsExactly(json);
    assertThat(PRETTY.read(json)).isEqualTo(expected);
  }

  @Test
  void test_dateOutsideTheFormat_isRefusedOnWrite() {
    Registry far = Registry.builder().asOf(LocalDate.of(10_000, 1, 1)).build();
    assertThatThrownBy(() -> COMPACT.writeString(far))
        .hasMessageContaining("Date +10000-01-01 in asOf is outside the years 0000 to 9999 of format v1");
  }
}
