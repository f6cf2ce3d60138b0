package org.switchboard.app.smoke;

import java.util.Objects;

/**
 * The outcome of one smoke check.
 *
 * @param name a stable name the report's readers match on ({@code modules}, {@code tls}, ...)
 * @param ok whether it passed
 * @param detail what was found, or why it failed
 */
public record Check(String name, boolean ok, String detail) {
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  public static Check passed(String name, String detail) {
    return new Check(name, true, detail);
  }

  public static Check failed(String name, String detail) {
    return new Check(name, false, detail);
  }

  /** A check that threw: failed, with the exception as its detail. */
  public static Check threw(String name, Throwable problem) {
    return failed(name, problem.toString());
  }
}
