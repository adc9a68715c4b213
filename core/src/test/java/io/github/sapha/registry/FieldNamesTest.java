package io.github.sapha.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FieldNames} is the one place where a field name of format v1 is
 * written as text: the validator and the diff take theirs from it. (The
 * codecs are held to it in sapha-jackson, the mutations in the tester kit.)
 */
class FieldNamesTest {
  private static final Set<String> MODEL = Set.of("io.github.sapha.calendar", "io.github.sapha.council",
      "io.github.sapha.designation", "io.github.sapha.geography", "io.github.sapha.meeting", "io.github.sapha.money",
      "io.github.sapha.plan", "io.github.sapha.registry");

  /** The sources that build pointers into format v1, from the module's directory. */
  private static final List<Path> POINTER_SOURCES =
      List.of(Path.of("src/main/java/io/github/sapha/validation"), Path.of("src/main/java/io/github/sapha/diff"));

  /** {@return FieldNames' constants, by constant name} */
  static Map<String, String> constants() {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field field : FieldNames.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return constants;
  }

  @Test
  void test_constants_areNamedAfterTheirValues() {
    Map<String, String> constants = constants();
    assertThat(constants).hasSizeGreaterThan(70);
    constants.forEach((name, value) -> {
      assertThat(value).as(name).matches("[a-z][a-zA-Z]*");
      assertThat(name).as(value).isEqualTo(value.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
    });
    assertThat(Set.copyOf(constants.values())).hasSameSizeAs(constants.values());
  }

  @Test
  void test_constants_areAccessorsOfTheModel() throws IOException {
    Set<String> accessors = new HashSet<>();
    for (ClassPath.ClassInfo info : ClassPath.from(Registry.class.getClassLoader()).getTopLevelClasses()) {
      if (!MODEL.contains(info.getPackageName())) {
        continue;
      }
      for (Class<?> type : withNested(info.load())) {
        for (Method method : type.getMethods()) {
          if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
            accessors.add(method.getName());
          }
        }
      }
    }
    Set<String> notAccessors = new TreeSet<>(constants().values());
    notAccessors.removeAll(accessors);
    // The version is the document's, not the registry's.
    assertThat(notAccessors).containsExactly(FieldNames.SCHEMA_VERSION);
  }

  private static List<Class<?>> withNested(Class<?> type) {
    List<Class<?>> types = new ArrayList<>(List.of(type));
    for (Class<?> nested : type.getClasses()) {
      types.addAll(withNested(nested));
    }
    return types;
  }

  @Test
  void test_validationAndDiff_spellNoFieldName() throws IOException {
    Set<String> names = Set.copyOf(constants().values());
    List<String> offences = new ArrayList<>();
    int files = 0;
    for (Path directory : POINTER_SOURCES) {
      try (Stream<Path> paths = Files.list(directory)) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
          files++;
          offences(Files.readString(file), names).forEach(offence -> offences.add(file.getFileName() + ": " + offence));
        }
      }
    }
    assertThat(files).isGreaterThan(20);
    assertThat(offences).isEmpty();
  }

  @Test
  void test_offences_findFieldNamesPassedAsTextOrInPathText() {
    Set<String> names = Set.of("councils", "area", "name", "nameTh");
    String source = String.join("\n",
        "at.field(\"area\").field(NAME);",
        "d.value( \"nameTh\", a.nameTh(), b.nameTh());",
        "String path = \"/councils/\" + c + \"/area/name\";",
        "Pointer.parse(\"/councils\");",
        "requireNonNull(name, \"name\");",
        "out.report(at, \"The area of council \" + id + \" is named\");",
        "at.field(\"colour\");",
        "/** Such as {@code \"/councils/3\"}. */ // or \"/plans/0\"");
    assertThat(offences(source, names)).containsExactly(
        "\"area\" passed to field(", "\"nameTh\" passed to value(", "\"councils\" in \"/councils/\"",
        "\"area\" in \"/area/name\"", "\"name\" in \"/area/name\"", "\"councils\" in \"/councils\"");
  }

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Pattern FIRST_ARGUMENT = Pattern.compile("\\.(\\w+)\\(\\s*\"(\\w+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern SEGMENT = Pattern.compile("/(\\w+)(?=/|$)");

  /**
   * Finds field names written as text in Java source: a method's first
   * argument that is a quoted field name (such as {@code .field("area")}), and
   * a field name as a segment of a quoted path (such as {@code "/councils/"}).
   * A field name elsewhere, such as the second argument of {@code
   * requireNonNull}, is not a pointer's; nor is one in a comment, such as an
   * example in Javadoc.
   */
  static List<String> offences(String source, Set<String> names) {
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
