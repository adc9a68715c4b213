package io.github.sapha;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.sapha.council.Council;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model's static factories and public constructors take overloads, as
 * the JDK and Guava do, never {@code Optional} parameters: {@code
 * Term.of(start, end)} and {@code Term.from(start)}, not {@code Term.of(start,
 * Optional.of(end))}. (Builders keep their {@code Optional} setters beside the
 * plain ones, for copying optional values across.)
 */
class FactoriesTest {
  private static final Set<String> MODEL =
      Set.of("io.github.sapha.calendar", "io.github.sapha.council", "io.github.sapha.geography",
          "io.github.sapha.meeting", "io.github.sapha.money", "io.github.sapha.plan", "io.github.sapha.registry");

  @Test
  void test_factories_takeNoOptionalParameters() throws IOException, URISyntaxException {
    Path mainClasses = Path.of(Council.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> optional = new ArrayList<>();
    int factories = 0;
    for (ClassPath.ClassInfo info : ClassPath.from(Council.class.getClassLoader()).getTopLevelClasses()) {
      if (!MODEL.contains(info.getPackageName()) || !Path.of(info.url().toURI()).startsWith(mainClasses)) {
        continue;
      }
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      List<Executable> candidates = new ArrayList<>(List.of(type.getConstructors()));
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
          candidates.add(method);
        }
      }
      for (Executable candidate : candidates) {
        factories++;
        if (List.of(candidate.getParameterTypes()).contains(Optional.class)) {
          optional.add(type.getSimpleName() + "." + candidate.getName());
        }
      }
    }
    assertThat(factories).isGreaterThan(50);
    assertThat(optional).isEmpty();
  }
}
