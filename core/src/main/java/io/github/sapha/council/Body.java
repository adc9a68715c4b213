package io.github.sapha.council;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A body that holds posts and can organise meetings: a {@link Council}, a
 * {@link Network} or an {@link Organization}. Their ids are unique across all
 * three within a registry, so a reference to a body is unambiguous.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Body permits Council, Network, Organization {

  /** {@return the id} */
  BodyId id();

  /** {@return the Thai name} */
  String nameTh();

  /** {@return the English name, if any} */
  Optional<String> nameEn();

  /** {@return the posts, past, present and vacant} */
  ImmutableList<Post> posts();
}
