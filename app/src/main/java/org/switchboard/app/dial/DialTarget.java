package org.switchboard.app.dial;

import java.util.Objects;

/** What the number field would dial, as {@link NumberNormaliser} reads it. Values; any thread. */
public sealed interface DialTarget {
  /** Nothing typed. */
  record Empty() implements DialTarget {}

  /**
   * A telephone number in E.164.
   *
   * @param e164 what is dialled, e.g. {@code +49301234567}
   * @param international the same number grouped for reading, e.g. {@code +49 30 1234567}
   */
  record Number(String e164, String international) implements DialTarget {
    public Number {
      Objects.requireNonNull(e164, "e164");
      Objects.requireNonNull(international, "international");
    }
  }

  /**
   * Dialled exactly as typed (separators removed): an internal extension, a short or service code
   * ({@code *21#}), or a number only dialable locally.
   */
  record AsTyped(String digits) implements DialTarget {
    public AsTyped {
      Objects.requireNonNull(digits, "digits");
    }
  }

  /** A SIP address, e.g. {@code sip:alice@example.com}. */
  record Address(String uri) implements DialTarget {
    public Address {
      Objects.requireNonNull(uri, "uri");
    }
  }

  /**
   * Not dialable.
   *
   * @param messageKey the resource-bundle key of the message saying why
   */
  record Invalid(String messageKey) implements DialTarget {
    public Invalid {
      Objects.requireNonNull(messageKey, "messageKey");
    }
  }
}
