package org.switchboard.queue.service.prompts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the prompts the service itself plays (the IVR's notices, the queue's announcements),
 * and the rules every prompt and language name follows. An entry point's own steps may name any
 * other prompt of the library; the built-in set also has {@code welcome}, {@code language-menu},
 * {@code main-menu} and {@code enter-account} for the sample IVR.
 */
public final class PromptNames {
  /** Played when a menu digit is not one of the step's choices, or too few digits were entered. */
  public static final String INVALID = "invalid";

  /** Played when the caller pressed nothing within the step's timeout. */
  public static final String NO_INPUT = "no-input";

  /** Played before the IVR hangs up on its own. */
  public static final String GOODBYE = "goodbye";

  /** Played when a caller joins a queue whose agents are all busy. */
  public static final String AGENTS_BUSY = "agents-busy";

  /** Played after a caller's callback request was recorded, before hanging up. */
  public static final String CALLBACK_RECORDED = "callback-recorded";

  /** Played before a call is transferred. */
  public static final String TRANSFERRING = "transferring";

  /** The sample IVR's prompts, which the built-in library also carries. */
  public static final List<String> SAMPLE_IVR =
      List.of("welcome", "language-menu", "main-menu", "enter-account");

  /** Lowercase letters, digits and dashes: safe as a file name on every OS, and no path. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** An ISO 639 language code, optionally with a region or variant: {@code en}, {@code fa-af}. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

  private PromptNames() {}

  /** Whether {@code name} is a valid prompt or music-class name. */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** Whether {@code language} is a valid language code (lowercase). */
  public static boolean isValidLanguage(String language) {
    return LANGUAGE.matcher(language).matches();
  }

  /** The recording of the number {@code n} on its own (0 to 20 and the tens up to 90). */
  public static String number(int n) {
    return "num-" + n;
  }

  /** The recording of a key of the keypad: a digit, {@code *} or {@code #}. */
  public static String key(char key) {
    if (key >= '0' && key <= '9') {
      return number(key - '0');
    }
    if (key == '*') {
      return "digit-star";
    }
    if (key == '#') {
      return "digit-hash";
    }
    throw new IllegalArgumentException("no prompt for the key '" + key + "'");
  }
}
