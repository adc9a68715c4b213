package io.github.sapha.jackson.deser;

import static io.github.sapha.jackson.internal.Fields.AREA;
import static io.github.sapha.jackson.internal.Fields.CLAIMS_FULL_COVERAGE;
import static io.github.sapha.jackson.internal.Fields.COUNCILS;
import static io.github.sapha.jackson.internal.Fields.ID;
import static io.github.sapha.jackson.internal.Fields.LEVEL;
import static io.github.sapha.jackson.internal.Fields.NAME_EN;
import static io.github.sapha.jackson.internal.Fields.NAME_TH;
import static io.github.sapha.jackson.internal.Fields.NETWORKS;
import static io.github.sapha.jackson.internal.Fields.POSTS;

import io.github.sapha.council.Network;
import io.github.sapha.council.NetworkLevel;

/**
 * Reads a {@link Network}: {@code id}, {@code level}, {@code nameTh},
 * optional {@code nameEn} and {@code area}, the member {@code councils} and
 * {@code networks} by id, {@code posts}, and {@code claimsFullCoverage}
 * (false when left out).
 *
 * <p>Internal: not exported from the module. This class is immutable and thread-safe.
 */
public final class NetworkDeserializer extends SaphaDeserializer<Network> {
  static final Shape SHAPE =
      Shape.of(
              "a network", ID, LEVEL, NAME_TH, NAME_EN, AREA, COUNCILS, NETWORKS, POSTS, CLAIMS_FULL_COVERAGE)
          .required(ID, LEVEL, NAME_TH);

  /**
   * Creates the deserializer.
   *
   * @param options how to read: unknown fields, limits
   */
  public NetworkDeserializer(ReadOptions options) {
    super(Network.class, SHAPE.what(), options, false);
  }

  @Override
  protected Network readValue(JsonIn in) {
    return read(in);
  }

  /**
   * Reads a network at the current token.
   *
   * @param in the reading position, not null
   * @return the network, not null
   */
  public static Network read(JsonIn in) {
    JsonIn.Obj object = in.beginObject(SHAPE);
    Network.Builder network = Network.builder();
    for (String field = object.next(); field != null; field = object.next()) {
      switch (field) {
        case ID -> network.id(Scalars.bodyId(in));
        case LEVEL -> network.level(Scalars.enumValue(in, NetworkLevel.class));
        case NAME_TH -> network.nameTh(Scalars.text(in));
        case NAME_EN -> network.nameEn(Scalars.text(in));
        case AREA -> network.area(Scalars.areaCode(in));
        case COUNCILS -> in.array(() -> network.addCouncil(Scalars.bodyId(in)));
        case NETWORKS -> in.array(() -> network.addNetwork(Scalars.bodyId(in)));
        case POSTS -> in.array(() -> network.addPost(PostDeserializer.read(in)));
        case CLAIMS_FULL_COVERAGE -> network.claimsFullCoverage(Scalars.bool(in));
        default -> throw new AssertionError(field);
      }
    }
    return object.build(network::build);
  }
}
