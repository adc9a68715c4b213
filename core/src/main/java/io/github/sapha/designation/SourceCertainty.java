package io.github.sapha.designation;

/** How sure the source of a designation is of its areas and dates. */
public enum SourceCertainty {
  /** Read in the official announcement itself, such as the Royal Gazette or a cabinet resolution. */
  OFFICIAL,
  /** From news reports (government news included), not the official announcement: verify before relying on it. */
  NEWS_REPORTS,
  /** Believed, not checked against any source. */
  UNVERIFIED
}
