package io.github.sapha;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published module descriptor: API packages exported, internals not, Guava the only run-time need. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void test_exports_apiPackagesOnly() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("io.github.sapha.core");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder(
            "io.github.sapha.geography",
            "io.github.sapha.calendar",
            "io.github.sapha.money",
            "io.github.sapha.council",
            "io.github.sapha.designation",
            "io.github.sapha.diff",
            "io.github.sapha.meeting",
            "io.github.sapha.plan",
            "io.github.sapha.registry",
            "io.github.sapha.validation");
    // The internal package exists and stays unexported.
    assertThat(Path.of("target", "classes", "io", "github", "sapha", "internal")).isDirectory();
  }

  @Test
  void test_requires_guavaAtRunTimeAndImmutablesOnlyAtCompileTime() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(
            module.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .containsExactly("com.google.common");
    assertThat(
            module.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name))
        .containsExactly("org.immutables.value.annotations");
  }
}
