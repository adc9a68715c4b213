package io.github.sapha;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Id;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.Organization;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.PlanId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Term;
import io.github.sapha.meeting.Meeting;
import io.github.sapha.meeting.Participant;
import io.github.sapha.meeting.ParticipantRole;
import io.github.sapha.meeting.Venue;
import io.github.sapha.plan.Plan;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * References are typed by namespace: a person's id cannot be passed where a
 * community's or a body's is expected, in any factory, builder or lookup.
 * Checked twice: by the parameter types the API declares, and by compiling
 * code that swaps two ids.
 */
class TypedIdsTest {
  private static final Set<String> PACKAGES =
      Set.of("io.github.sapha.council", "io.github.sapha.meeting", "io.github.sapha.plan",
          "io.github.sapha.registry", "io.github.sapha.validation");

  @Test
  void test_factories_takeTheIdTypeOfEachReference() throws NoSuchMethodException {
    assertThat(Membership.class.getMethod("representative", PersonId.class, CommunityId.class, Term.class))
        .isNotNull();
    assertThat(Membership.class.getMethod("qualifiedPerson", PersonId.class, Term.class)).isNotNull();
    assertThat(Post.class.getMethod("held", PostRole.class, PersonId.class, Term.class)).isNotNull();
    assertThat(Participant.class.getMethod("of", PersonId.class, ParticipantRole.class)).isNotNull();
    assertThat(Venue.class.getMethod("at", String.class, BodyId.class)).isNotNull();
    assertThat(CouncilArea.class.getMethod("localGovernment", BodyId.class, Iterable.class)).isNotNull();
  }

  @Test
  void test_builderSetters_takeTheIdTypeOfEachReference() {
    assertSetter(Membership.builder(), "person", PersonId.class);
    assertSetter(Membership.builder(), "community", CommunityId.class);
    assertSetter(Post.builder(), "holder", PersonId.class);
    assertSetter(Participant.builder(), "person", PersonId.class);
    assertSetter(Participant.builder(), "capacity", BodyId.class);
    assertSetter(Council.builder(), "id", BodyId.class);
    assertSetter(Network.builder(), "addCouncil", BodyId.class);
    assertSetter(Network.builder(), "addNetwork", BodyId.class);
    assertSetter(Organization.builder(), "parent", BodyId.class);
    assertSetter(Meeting.builder(), "body", BodyId.class);
    assertSetter(Meeting.builder(), "addOrganiser", BodyId.class);
    assertSetter(Plan.builder(), "owner", BodyId.class);
    assertSetter(Plan.builder(), "community", CommunityId.class);
    assertSetter(Plan.builder(), "localGovernment", BodyId.class);
    assertSetter(Plan.builder(), "parent", PlanId.class);
    assertSetter(Plan.builder(), "addAlignsWith", PlanId.class);
  }

  private static void assertSetter(Object builder, String name, Class<? extends Id> idType) {
    List<Class<?>> singleIdParameters = new ArrayList<>();
    for (Method method : builder.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1
          && Id.class.isAssignableFrom(method.getParameterTypes()[0])) {
        singleIdParameters.add(method.getParameterTypes()[0]);
      }
    }
    assertThat(singleIdParameters).as(builder.getClass().getSimpleName() + "." + name).containsExactly(idType);
  }

  @Test
  void test_registryLookups_takeTheIdTypeOfTheirNamespace() throws NoSuchMethodException {
    assertThat(Registry.class.getMethod("person", PersonId.class)).isNotNull();
    assertThat(Registry.class.getMethod("council", BodyId.class)).isNotNull();
    assertThat(Registry.class.getMethod("body", BodyId.class)).isNotNull();
    assertThat(Registry.class.getMethod("plan", PlanId.class)).isNotNull();
    assertThat(Registry.class.getMethod("members", BodyId.class, LocalDate.class)).isNotNull();
    assertThat(Registry.class.getMethod("holders", BodyId.class, PostRole.class, LocalDate.class)).isNotNull();
  }

  /** No public method or constructor of the model takes or returns the untyped {@code Id}. */
  @Test
  void test_publicApi_neverTakesOrGivesAnUntypedId() throws IOException {
    List<String> untyped = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(Council.class.getClassLoader()).getAllClasses()) {
      if (!PACKAGES.contains(info.getPackageName()) || info.getName().endsWith("package-info")) {
        continue;
      }
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers()) || type == Id.class) {
        continue;
      }
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredMethods()));
      for (Executable member : members) {
        if (!Modifier.isPublic(member.getModifiers()) || member.isSynthetic()) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        if (member instanceof Method) {
          types.add(((Method) member).getGenericReturnType());
        }
        if (types.stream().anyMatch(TypedIdsTest::mentionsUntypedId)) {
          untyped.add(type.getSimpleName() + "." + member.getName());
        }
      }
    }
    assertThat(untyped).isEmpty();
  }

  private static boolean mentionsUntypedId(Type type) {
    if (type == Id.class) {
      return true;
    }
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        if (mentionsUntypedId(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- what the compiler says -------------------------------------------------------------------

  private static final String PRELUDE =
      "import io.github.sapha.council.*;\n"
          + "import io.github.sapha.meeting.*;\n"
          + "import io.github.sapha.plan.*;\n"
          + "import io.github.sapha.registry.*;\n"
          + "import java.time.LocalDate;\n"
          + "class Swap {\n"
          + "  void swap() {\n"
          + "    PersonId person = PersonId.of(\"person-1\");\n"
          + "    CommunityId community = CommunityId.of(\"community-1\");\n"
          + "    BodyId council = BodyId.of(\"council-570908\");\n"
          + "    PlanId plan = PlanId.of(\"plan-5709\");\n"
          + "    Term term = Term.from(LocalDate.of(2017, 5, 18));\n"
          + "    Registry registry = Registry.builder().asOf(LocalDate.of(2017, 5, 18)).build();\n";

  @TempDir static Path output;

  @Test
  void test_compiler_acceptsIdsInTheirPlaces() {
    assertThat(compile(
        "Membership.representative(person, community, term);"
            + " Post.held(PostRole.CHAIR, person, term);"
            + " Plan.builder().owner(council).parent(plan).community(community);"
            + " registry.person(person); registry.members(council, LocalDate.of(2017, 5, 18));"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Membership.representative(community, person, term);",
        "Membership.builder().person(community);",
        "Post.held(PostRole.CHAIR, council, term);",
        "Participant.of(council, ParticipantRole.SPOKE);",
        "Participant.builder().capacity(person);",
        "Plan.builder().owner(person);",
        "Plan.builder().parent(council);",
        "Network.builder().addCouncil(community);",
        "Meeting.builder().addOrganiser(person);",
        "CouncilArea.localGovernment(plan, java.util.List.of());",
        "registry.person(council);",
        "registry.members(person, LocalDate.of(2017, 5, 18));"
      })
  void test_compiler_refusesAnIdOutOfItsPlace(String statement) {
    List<String> errors = compile(statement);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).containsAnyOf("incompatible types", "cannot be applied", "no suitable method");
  }

  /** Compiles the prelude and a statement against the library, giving the error messages. */
  private static List<String> compile(String statement) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject source =
        new SimpleJavaFileObject(URI.create("string:///Swap.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return PRELUDE + "    " + statement + "\n  }\n}\n";
          }
        };
    List<String> options =
        List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-d", output.toString());
    compiler.getTask(null, null, diagnostics, options, null, List.of(source)).call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }
}
