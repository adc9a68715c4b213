package io.github.sapha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sapha.registry.FieldNames;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's mutations declare their paths from {@link FieldNames}, as the
 * validator reports them, never as text such as {@code "/councils/" + c +
 * "/area/name"}. (Core's FieldNamesTest holds validation and diff to the same.)
 */
class FieldNamesInKitTest {
  private static final Path KIT_SOURCES = Path.of("src/main/java/io/github/sapha/testing");

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Pattern FIRST_ARGUMENT = Pattern.compile("\\.(\\w+)\\(\\s*\"(\\w+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern SEGMENT = Pattern.compile("/(\\w+)(?=/|$)");

  @Test
  void test_kitSources_spellNoFieldName() throws IOException {
    Set<String> names = fieldNames();
    List<String> offences = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> paths = Files.list(KIT_SOURCES)) {
      files = paths.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      offences(Files.readString(file), names).forEach(offence -> offences.add(file.getFileName() + ": " + offence));
    }
    assertThat(files).contains(KIT_SOURCES.resolve("Mutations.java"));
    assertThat(offences).isEmpty();
  }

  @Test
  void test_offences_findFieldNamesPassedAsTextOrInPathText() {
    Set<String> names = Set.of("councils", "area", "name");
    String source = String.join("\n",
        "return one(rule, \"/councils/\" + c + \"/area/name\");",
        "at.field(\"area\");",
        "w.free(\"council:\" + i); // \"/councils/0\"",
        "Registration.of(\"พอช.\" + code + \"/\" + year, registered);");
    assertThat(offences(source, names))
        .containsExactly("\"area\" passed to field(", "\"councils\" in \"/councils/\"", "\"area\" in \"/area/name\"",
            "\"name\" in \"/area/name\"");
  }

  private static Set<String> fieldNames() {
    Set<String> names = new HashSet<>();
    for (Field field : FieldNames.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertThat(names).contains(FieldNames.COUNCILS, FieldNames.NAME_TH);
    return names;
  }

  /**
   * Finds field names written as text, outside comments: a method's first
   * argument that is a quoted field name, and a field name as a segment of a
   * quoted path.
   */
  private static List<String> offences(String source, Set<String> names) {
    String code = COMMENT.matcher(source).replaceAll("");
    List<String> offences = new ArrayList<>();
    Matcher call = FIRST_ARGUMENT.matcher(code);
    while (call.find()) {
      if (names.contains(call.group(2))) {
        offences.add("\"" + call.group(2) + "\" passed to " + call.group(1) + "(");
      }
    }
    Matcher literal = LITERAL.matcher(code);
    while (literal.find()) {
      Matcher segment = SEGMENT.matcher(literal.group(1));
      while (segment.find()) {
        if (names.contains(segment.group(1))) {
          offences.add("\"" + segment.group(1) + "\" in \"" + literal.group(1) + "\"");
        }
      }
    }
    return offences;
  }
}
