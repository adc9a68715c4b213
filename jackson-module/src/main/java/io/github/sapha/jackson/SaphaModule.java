package io.github.sapha.jackson;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that binds the Sapha model to JSON format v1: every
 * model type that the format holds, up to the whole {@code Registry}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SaphaModule()).build();
 * Registry registry = mapper.readValue(json, Registry.class);
 * }</pre>
 *
 * <p>Register it on every mapper that sees the model: a mapper without it
 * does not fail on a registry but writes it as {@code {}}, and an amount of
 * {@code Baht} as {@code {"negative":false,"positive":true,"zero":false}},
 * losing the data silently ({@code sapha-core} carries no Jackson annotations
 * that could stop it).
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()},
 * through {@code META-INF/services} on the class path and the module
 * descriptor's {@code provides} on the module path; found that way it has the
 * default features. Registering a second {@code SaphaModule} replaces the first.
 *
 * <p>The module adds (de)serializers only: it changes no setting of the
 * mapper. Its deserializers bound arrays themselves ({@link
 * #withMaxArrayLength}, {@link #withMaxElementCount}), since Jackson's {@code
 * StreamReadConstraints} do not. Its deserializers refuse a field given twice by themselves, so
 * Jackson's slower {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} is not
 * needed. {@link SaphaJson} is a mapper set up for Sapha documents, with the
 * limits and the canonical pretty printer; with a mapper of your own, consider
 * enabling {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} and setting
 * {@code StreamReadConstraints} as {@link SaphaJson} does.
 *
 * <p>This class is immutable and thread-safe; {@link #enable}, {@link
 * #disable} and {@link #configure} return new instances.
 */
public final class SaphaModule extends JacksonModule {
  private static final Version VERSION = readVersion();

  private final Set<SaphaFeature> enabled;
  private final int maxArrayLength;
  private final long maxElementCount;

  /** Creates the module with every feature and limit at its default. */
  public SaphaModule() {
    this(defaults(), SaphaJson.DEFAULT_MAX_ARRAY_LENGTH, SaphaJson.DEFAULT_MAX_ELEMENT_COUNT);
  }

  private SaphaModule(Set<SaphaFeature> enabled, int maxArrayLength, long maxElementCount) {
    this.enabled = Collections.unmodifiableSet(enabled);
    this.maxArrayLength = maxArrayLength;
    this.maxElementCount = maxElementCount;
  }

  private static Set<SaphaFeature> defaults() {
    Set<SaphaFeature> set = EnumSet.noneOf(SaphaFeature.class);
    for (SaphaFeature feature : SaphaFeature.values()) {
      if (feature.enabledByDefault()) {
        set.add(feature);
      }
    }
    return set;
  }

  /**
   * Returns a copy with a feature enabled or disabled.
   *
   * @param feature the feature, not null
   * @param state true to enable it
   * @return the module with the feature set, not null
   */
  public SaphaModule configure(SaphaFeature feature, boolean state) {
    requireNonNull(feature, "feature");
    EnumSet<SaphaFeature> set = enabled.isEmpty() ? EnumSet.noneOf(SaphaFeature.class) : EnumSet.copyOf(enabled);
    if (state) {
      set.add(feature);
    } else {
      set.remove(feature);
    }
    return new SaphaModule(set, maxArrayLength, maxElementCount);
  }

  /**
   * Returns a copy whose deserializers refuse an array of more elements;
   * default {@value SaphaJson#DEFAULT_MAX_ARRAY_LENGTH}.
   *
   * @param length the most elements of one array, at least 1
   * @return the module, not null
   */
  public SaphaModule withMaxArrayLength(int length) {
    return new SaphaModule(enabled, SaphaJson.positive(length, "maxArrayLength"), maxElementCount);
  }

  /**
   * Returns a copy whose deserializers refuse a value (a whole registry, say)
   * with more array elements, all its arrays together; default {@value
   * SaphaJson#DEFAULT_MAX_ELEMENT_COUNT}. Each read through a deserializer of
   * the module counts on its own: the elements of an array that Jackson reads
   * for you, such as a {@code Council[]}, are not counted, only what is inside
   * each council.
   *
   * @param count the most array elements of one value, at least 1
   * @return the module, not null
   */
  public SaphaModule withMaxElementCount(long count) {
    return new SaphaModule(enabled, maxArrayLength, SaphaJson.positive(count, "maxElementCount"));
  }

  /**
   * Gets the most elements of one array.
   *
   * @return the limit, at least 1
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Gets the most array elements of one value read, all its arrays together.
   *
   * @return the limit, at least 1
   */
  public long maxElementCount() {
    return maxElementCount;
  }

  /**
   * Returns a copy with features enabled.
   *
   * @param features the features, not null
   * @return the module, not null
   */
  public SaphaModule enable(SaphaFeature... features) {
    SaphaModule module = this;
    for (SaphaFeature feature : features) {
      module = module.configure(feature, true);
    }
    return module;
  }

  /**
   * Returns a copy with features disabled.
   *
   * @param features the features, not null
   * @return the module, not null
   */
  public SaphaModule disable(SaphaFeature... features) {
    SaphaModule module = this;
    for (SaphaFeature feature : features) {
      module = module.configure(feature, false);
    }
    return module;
  }

  /**
   * Checks if a feature is enabled.
   *
   * @param feature the feature, not null
   * @return true if enabled
   */
  public boolean isEnabled(SaphaFeature feature) {
    return enabled.contains(requireNonNull(feature, "feature"));
  }

  /**
   * Gets the enabled features.
   *
   * @return the features, unmodifiable, not null
   */
  public Set<SaphaFeature> enabledFeatures() {
    return enabled;
  }

  /** Gets "sapha". */
  @Override
  public String getModuleName() {
    return "sapha";
  }

  /** Gets the version of the sapha-jackson artifact. */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new SaphaSerializers(enabled));
    context.addDeserializers(new SaphaDeserializers(enabled, maxArrayLength, maxElementCount));
  }

  @Override
  public String toString() {
    return "SaphaModule" + enabled + "[maxArrayLength " + maxArrayLength + ", maxElementCount " + maxElementCount + "]";
  }

  private static Version readVersion() {
    // The build writes the artifact's coordinates into this file (resource filtering).
    Properties properties = new Properties();
    try (InputStream in = SaphaModule.class.getResourceAsStream("sapha-jackson.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}
