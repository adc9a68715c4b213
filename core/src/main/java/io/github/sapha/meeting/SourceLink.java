package io.github.sapha.meeting;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * Where a fact comes from: a web page such as CODI's news item on the Mae Sai
 * forum, with an optional title.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param url an absolute http or https address, not null
 * @param title the page's title, not null (empty if unknown)
 */
public record SourceLink(URI url, Optional<String> title) {

  /**
   * Creates a source link.
   *
   * @throws IllegalArgumentException if the address is not absolute http or https
   */
  public SourceLink {
    requireNonNull(url, "url");
    requireNonNull(title, "title");
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || url.getHost() == null) {
      throw new IllegalArgumentException(
          "source url \"" + url + "\" must be an absolute http or https address");
    }
    title.ifPresent(t -> io.github.sapha.internal.Checks.text("source " + url, "title", t));
  }

  /**
   * Obtains a source link from text.
   *
   * @param url an absolute http or https address, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the text is not such an address
   */
  public static SourceLink of(String url) {
    return of(url, Optional.empty());
  }

  /**
   * Obtains a source link with a title.
   *
   * @param url an absolute http or https address, not null
   * @param title the page's title, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the text is not such an address
   */
  public static SourceLink of(String url, Optional<String> title) {
    requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "source url \"" + url + "\" must be an absolute http or https address", e);
    }
    return new SourceLink(uri, title);
  }
}
