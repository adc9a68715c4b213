package io.github.sapha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.reflect.ClassPath;
import io.github.sapha.council.BodyId;
import io.github.sapha.council.CommunityId;
import io.github.sapha.council.Community;
import io.github.sapha.council.CommunityKind;
import io.github.sapha.council.Council;
import io.github.sapha.council.CouncilArea;
import io.github.sapha.council.Membership;
import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;
import io.github.sapha.council.Organization;
import io.github.sapha.council.OrganizationKind;
import io.github.sapha.council.PersonId;
import io.github.sapha.council.Post;
import io.github.sapha.council.PostRole;
import io.github.sapha.council.Registration;
import io.github.sapha.council.Term;
import io.github.sapha.geography.DistrictCode;
import io.github.sapha.geography.LocalGovernment;
import io.github.sapha.geography.LocalGovernmentKind;
import io.github.sapha.geography.SubdistrictCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every public builder of the model promises, checked across all of them. */
class BuildersTest {
  private static final Term TERM = Term.from(LocalDate.of(2016, 1, 1));
  private static final Post CHAIR = Post.held(PostRole.CHAIR, PersonId.of("p-1"), TERM);
  private static final SubdistrictCode MAE_SAI = SubdistrictCode.parse("570901");

  /** Public builders, found by scanning: each nested {@code Builder} of a public model type. */
  private static List<Class<?>> publicBuilders() throws IOException {
    List<Class<?>> builders = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(Council.class.getClassLoader()).getTopLevelClassesRecursive("io.github.sapha")) {
      for (Class<?> nested : info.load().getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())
            && Modifier.isPublic(nested.getEnclosingClass().getModifiers())) {
          builders.add(nested);
        }
      }
    }
    return builders;
  }

  @Test
  void test_from_acceptsOnlyTheBuildersOwnType() throws IOException {
    List<Class<?>> builders = publicBuilders();
    assertThat(builders).contains(Council.Builder.class, Network.Builder.class, Organization.Builder.class);
    List<String> wrong = new ArrayList<>();
    for (Class<?> builder : builders) {
      for (Method method : builder.getMethods()) {
        if (method.getName().equals("from")
            && !List.of(method.getParameterTypes()).equals(List.of(builder.getEnclosingClass()))) {
          wrong.add(builder.getEnclosingClass().getSimpleName() + ".Builder.from" + List.of(method.getParameterTypes()));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void test_from_bodyBuildersCopyEveryField() {
    Council council =
        Council.builder()
            .id(BodyId.of("council-570901"))
            .nameTh("สภาองค์กรชุมชนตำบลแม่สาย")
            .nameEn("Mae Sai council")
            .area(CouncilArea.localGovernment(BodyId.of("lg-570901"), MAE_SAI))
            .registration(Registration.of("5709/2553", LocalDate.of(2010, 1, 1)))
            .dissolved(LocalDate.of(2020, 1, 1))
            .addCommunity(Community.builder().id(CommunityId.of("c-1")).nameTh("บ้าน").kind(CommunityKind.VILLAGE).build())
            .addMember(Membership.qualifiedPerson(PersonId.of("p-1"), TERM))
            .addPost(CHAIR)
            .build();
    Network network =
        Network.builder()
            .id(BodyId.of("network-5709"))
            .level(NetworkLevel.DISTRICT)
            .nameTh("เครือข่ายอำเภอแม่สาย")
            .nameEn("Mae Sai network")
            .area(DistrictCode.parse("5709"))
            .addCouncil(council.id())
            .addNetwork(BodyId.of("network-other"))
            .addPost(CHAIR)
            .claimsFullCoverage(true)
            .build();
    Organization organization =
        Organization.builder()
            .id(BodyId.of("lg-570901"))
            .kind(OrganizationKind.LOCAL_GOVERNMENT)
            .nameTh("เทศบาลตำบลแม่สาย")
            .nameEn("Mae Sai municipality")
            .parent(BodyId.of("codi"))
            .localGovernment(
                LocalGovernment.builder()
                    .kind(LocalGovernmentKind.SUBDISTRICT_MUNICIPALITY)
                    .nameTh("แม่สาย")
                    .addArea(MAE_SAI)
                    .build())
            .area(MAE_SAI)
            .addPost(CHAIR)
            .build();

    assertEveryFieldGiven(council, Council.class);
    assertEveryFieldGiven(network, Network.class);
    assertEveryFieldGiven(organization, Organization.class);
    assertThat(Council.builder().from(council).build()).isEqualTo(council);
    assertThat(Network.builder().from(network).build()).isEqualTo(network);
    assertThat(Organization.builder().from(organization).build()).isEqualTo(organization);
  }

  /** Fails if an accessor of the type is empty or default for the value, so that the copy test sees every field. */
  private static void assertEveryFieldGiven(Object value, Class<?> type) {
    for (Method accessor : type.getMethods()) {
      boolean field = Modifier.isAbstract(accessor.getModifiers()) || accessor.getName().equals("claimsFullCoverage");
      if (!field || accessor.getParameterCount() > 0) {
        continue;
      }
      Object got;
      try {
        got = accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      assertThat(got).as(type.getSimpleName() + "." + accessor.getName()).isNotEqualTo(Optional.empty()).isNotEqualTo(false);
      if (got instanceof Collection) {
        assertThat((Collection<?>) got).as(type.getSimpleName() + "." + accessor.getName()).isNotEmpty();
      }
    }
  }

  @Test
  void test_build_missingFieldOfAnIncompleteBuilder_isReportedOnceWithTheCauseKept() {
    assertThatThrownBy(() -> Council.builder().id(BodyId.of("council-570801")).nameTh("สภา").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("council council-570801: area must be set")
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
