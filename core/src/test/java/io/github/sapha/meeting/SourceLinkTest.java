package io.github.sapha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLinkTest {
  private static final String NEWS = "https://www.codi.or.th/news/mae-sai-2017";
  private static final String TITLE = "เวทีสภาองค์กรชุมชนอำเภอแม่สาย";

  @Test
  void test_of_url() {
    SourceLink link = SourceLink.of(NEWS);
    assertThat(link.url()).isEqualTo(URI.create(NEWS));
    assertThat(link.title()).isEmpty();
  }

  @Test
  void test_of_urlAndTitle() {
    SourceLink link = SourceLink.of(NEWS, TITLE);
    assertThat(link.title()).contains(TITLE);
    assertThat(SourceLink.of(URI.create(NEWS), TITLE)).isEqualTo(link);
    assertThat(link).hasToString("SourceLink[" + NEWS + " \"" + TITLE + "\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://codi.or.th", "HTTPS://CODI.OR.TH/x?y=1#z", "https://[::1]:8080/"})
  void test_of_acceptsAbsoluteHttpAddresses(String url) {
    assertThat(SourceLink.of(url).url()).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://codi.or.th/file", "mailto:info@codi.or.th", "/news/1", "codi.or.th/news", "http:news",
        "file:///etc/hosts", "", "https:///news"
      })
  void test_of_refusesOtherAddresses(String url) {
    assertThatThrownBy(() -> SourceLink.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source url \"" + url + "\" must be an absolute http or https address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://", "https://codi.or.th/a b", "http://codi.or.th/%zz"})
  void test_of_refusesMalformedAddresses(String url) {
    assertThatThrownBy(() -> SourceLink.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source url \"" + url + "\" must be an absolute http or https address")
        .hasCauseInstanceOf(URISyntaxException.class);
  }

  @Test
  void test_ofUri_refusesOtherAddresses() {
    assertThatThrownBy(() -> SourceLink.of(URI.create("news/1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source url \"news/1\" must be an absolute http or https address");
  }

  @Test
  void test_of_refusesBlankOrPaddedTitle() {
    assertThatThrownBy(() -> SourceLink.of(NEWS, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source " + NEWS + ": title must not be blank");
    assertThatThrownBy(() -> SourceLink.of(NEWS, TITLE + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source " + NEWS + ": title \"" + TITLE + "\n\" has leading or trailing white space");
  }

  @Test
  void test_equals() {
    new EqualsTester()
        .addEqualityGroup(
            SourceLink.of(NEWS), SourceLink.of(URI.create(NEWS)))
        .addEqualityGroup(SourceLink.of(NEWS, TITLE), SourceLink.of(URI.create(NEWS), TITLE))
        .addEqualityGroup(SourceLink.of("https://www.codi.or.th/news/other"))
        .testEquals();
  }

  @Test
  void test_allMethods_refuseNull() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(String.class, NEWS).setDefault(URI.class, URI.create(NEWS));
    tester.testAllPublicStaticMethods(SourceLink.class);
  }
}
