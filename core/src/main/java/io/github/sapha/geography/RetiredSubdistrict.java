package io.github.sapha.geography;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.sapha.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sub-district code that is no longer issued, with the code or codes that
 * replaced it: 300602 ท่าช้าง was renumbered as 303202 when district 3032 was
 * created; แขวงบางนา 104701 was split into 104702 and 104703. Registries
 * written before a change still carry the old code, so the gazetteer keeps it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the retired code, not null
 * @param nameTh the Thai name the code last had, not blank
 * @param replacedBy the codes that replaced it, in the order given: one for
 *     {@link CodeChange#RENUMBERED}, two or more for {@link CodeChange#SPLIT}; not null
 * @param change how the code was retired, not null
 */
public record RetiredSubdistrict(
    SubdistrictCode code, String nameTh, List<SubdistrictCode> replacedBy, CodeChange change) {

  /**
   * Creates a retired code, checking its parts.
   *
   * @param code the retired code, not null
   * @param nameTh the Thai name the code last had, not blank
   * @param replacedBy the codes that replaced it, not null
   * @param change how the code was retired, not null
   * @throws IllegalArgumentException if the name is blank or padded, or the
   *     replacements are empty, repeat, name the code itself or do not fit the change
   */
  public RetiredSubdistrict {
    requireNonNull(code, "code");
    requireNonNull(nameTh, "nameTh");
    requireNonNull(change, "change");
    replacedBy = ImmutableList.copyOf(requireNonNull(replacedBy, "replacedBy"));
    String owner = "retired sub-district " + code;
    Checks.text(owner, "nameTh", nameTh);
    if (replacedBy.contains(code)) {
      throw new IllegalArgumentException(owner + ": it cannot be replaced by itself");
    }
    Set<SubdistrictCode> seen = new HashSet<>();
    for (SubdistrictCode replacement : replacedBy) {
      if (!seen.add(replacement)) {
        throw new IllegalArgumentException(owner + ": replacement " + replacement + " is given twice");
      }
    }
    if (change == CodeChange.RENUMBERED && replacedBy.size() != 1) {
      throw new IllegalArgumentException(
          owner + ": a renumbered code has exactly one replacement, but " + replacedBy.size() + " are given");
    }
    if (change == CodeChange.SPLIT && replacedBy.size() < 2) {
      throw new IllegalArgumentException(
          owner + ": a split code has at least two replacements, but " + replacedBy.size() + " is given");
    }
  }

  /**
   * Gets the replacements as one phrase, as a validation suggestion gives them.
   *
   * @return such as "303202" or "104702 or 104703", not null
   */
  public String replacements() {
    return replacedBy.stream().map(SubdistrictCode::value).collect(Collectors.joining(" or "));
  }

  /**
   * Gets a short form such as "300602 ท่าช้าง (renumbered as 303202)" or
   * "104701 บางนา (split into 104702, 104703)".
   */
  @Override
  public String toString() {
    String into = change == CodeChange.SPLIT ? "split into " : "renumbered as ";
    return code + " " + nameTh + " (" + into
        + replacedBy.stream().map(SubdistrictCode::value).collect(Collectors.joining(", ")) + ")";
  }
}
