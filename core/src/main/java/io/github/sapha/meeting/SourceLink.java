package io.github.sapha.meeting;

import static java.util.Objects.requireNonNull;

import io.github.sapha.internal.Checks;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from: a web page such as CODI's news item on the Mae Sai
 * forum, with an optional title.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceLink {
  private final URI url;
  private final String title;

  private SourceLink(URI url, String title) {
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || url.getHost() == null) {
      throw new IllegalArgumentException(
          "source url \"" + url + "\" must be an absolute http or https address");
    }
    if (title != null) {
      Checks.text("source " + url, "title", title);
    }
    this.url = url;
    this.title = title;
  }

  /**
   * Obtains a source link from text.
   *
   * @param url an absolute http or https address, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the text is not such an address
   */
  public static SourceLink of(String url) {
    return new SourceLink(uri(url), null);
  }

  /**
   * Obtains a source link with the page's title.
   *
   * @param url an absolute http or https address, not null
   * @param title the page's title, not blank
   * @return the link, not null
   * @throws IllegalArgumentException if the text is not such an address, or the title is blank or padded
   */
  public static SourceLink of(String url, String title) {
    return new SourceLink(uri(url), requireNonNull(title, "title"));
  }

  /**
   * Obtains a source link from an address.
   *
   * @param url an absolute http or https address, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the address is not absolute http or https
   */
  public static SourceLink of(URI url) {
    return new SourceLink(requireNonNull(url, "url"), null);
  }

  /**
   * Obtains a source link from an address, with the page's title.
   *
   * @param url an absolute http or https address, not null
   * @param title the page's title, not blank
   * @return the link, not null
   * @throws IllegalArgumentException if the address is not absolute http or https, or the title is blank or padded
   */
  public static SourceLink of(URI url, String title) {
    return new SourceLink(requireNonNull(url, "url"), requireNonNull(title, "title"));
  }

  private static URI uri(String url) {
    requireNonNull(url, "url");
    try {
      return new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "source url \"" + url + "\" must be an absolute http or https address", e);
    }
  }

  /**
   * Gets the address.
   *
   * @return an absolute http or https address, not null
   */
  public URI url() {
    return url;
  }

  /**
   * Gets the page's title, if known.
   *
   * @return the title, or empty
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Checks if the other object is a source link with the same address and title.
   *
   * @param other the object to compare with, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceLink
        && ((SourceLink) other).url.equals(url)
        && Objects.equals(((SourceLink) other).title, title);
  }

  @Override
  public int hashCode() {
    return url.hashCode() * 31 + Objects.hashCode(title);
  }

  /**
   * Gets a short form such as "SourceLink[https://www.codi.or.th/news/1]",
   * with the title in quotes when there is one.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "SourceLink[" + url + (title == null ? "" : " \"" + title + "\"") + "]";
  }
}
