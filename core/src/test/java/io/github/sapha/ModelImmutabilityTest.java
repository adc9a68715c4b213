package io.github.sapha;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.sapha.council.Council;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.registry.Coverage;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The council model's types, generated ones included, are immutable: no
 * field changes after construction, no method changes state, and no
 * caller can subclass an abstract value type. Builders are exempt.
 */
class ModelImmutabilityTest {
  private static final Set<String> PACKAGES =
      Set.of("io.github.sapha.council", "io.github.sapha.meeting", "io.github.sapha.registry");
  private static final List<Class<?>> MODEL = new ArrayList<>();

  @BeforeAll
  static void loadTheModel() throws IOException, URISyntaxException {
    Path mainClasses = Path.of(Council.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (ClassPath.ClassInfo info : ClassPath.from(Council.class.getClassLoader()).getAllClasses()) {
      if (PACKAGES.contains(info.getPackageName())
          && !info.getName().endsWith("package-info")
          && Path.of(info.url().toURI()).startsWith(mainClasses)
          && !isBuilder(info.getName())) {
        MODEL.add(info.load());
      }
    }
  }

  private static boolean isBuilder(String className) {
    return className.endsWith("$Builder");
  }

  @Test
  void test_scan_findsTheModelAndItsGeneratedClasses() {
    assertThat(MODEL).contains(Council.class, Meeting.class, Registry.class, Coverage.class);
    assertThat(MODEL).extracting(Class::getSimpleName).contains("ImmutableCouncil", "ImmutableRegistry");
    assertThat(MODEL).hasSizeGreaterThan(30);
  }

  @Test
  void test_fields_finalExceptTransientLazyCaches() {
    List<String> mutable = new ArrayList<>();
    for (Class<?> type : MODEL) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        // Immutables' @Value.Lazy caches are transient, computed once from final state.
        boolean lazyCache = Modifier.isTransient(modifiers) && !Modifier.isStatic(modifiers);
        if (!Modifier.isFinal(modifiers) && !lazyCache) {
          mutable.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertThat(mutable).isEmpty();
  }

  @Test
  void test_methods_noPublicMethodReturnsVoid() {
    List<String> setters = new ArrayList<>();
    for (Class<?> type : MODEL) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == void.class) {
          setters.add(type.getName() + "." + method.getName());
        }
      }
    }
    assertThat(setters).isEmpty();
  }

  @Test
  void test_publicTypes_finalOrNotSubclassableOutsideThePackage() {
    List<String> open = new ArrayList<>();
    for (Class<?> type : MODEL) {
      if (!Modifier.isPublic(type.getModifiers()) || type.isInterface() || type.isEnum()) {
        continue;
      }
      if (!Modifier.isFinal(type.getModifiers())) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          int modifiers = constructor.getModifiers();
          if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
            open.add(type.getName());
          }
        }
      }
    }
    assertThat(open).isEmpty();
  }
}
