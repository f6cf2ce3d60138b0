package org.switchboard.app.links;

/**
 * A text is not a link this desktop dials. The message is plain English and never repeats the link
 * (it is untrusted and may be personal); {@link #problem()} picks the localised text.
 */
public final class InvalidDialLinkException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, one text per value ({@code links.error.<key>}). */
  public enum Problem {
    EMPTY("empty", "the link is empty"),
    TOO_LONG("tooLong", "the link is longer than " + DialLink.MAX_LENGTH + " characters"),
    UNSUPPORTED("unsupported", "only tel:, callto:, sip: and sips: links can be dialled"),
    BAD_CHARACTERS(
        "badCharacters", "the link contains control characters, invisible marks or spaces"),
    BAD_NUMBER("badNumber", "the tel: link does not hold a telephone number"),
    BAD_ADDRESS("badAddress", "the sip: link is not an address of the form sip:user@host"),
    HEADERS("headers", "sip: links with headers (?...) or passwords are not dialled");

    private final String key;
    private final String english;

    Problem(String key, String english) {
      this.key = key;
      this.english = english;
    }

    /** The resource-bundle key of the localised message. */
    public String messageKey() {
      return "links.error." + key;
    }
  }

  private final Problem problem;

  public InvalidDialLinkException(Problem problem) {
    super(problem.english);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
