package org.switchboard.app.hotkeys;

import java.util.Objects;
import org.switchboard.app.i18n.Localizer;

/**
 * A hotkey binding cannot be used; {@link #problem()} says why and {@link #message(Localizer)} says
 * it in the agent's language.
 */
public final class HotkeyBindingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the binding. */
  public enum Problem {
    /** Nothing was entered. */
    EMPTY,
    /** A part is neither a modifier nor a known key; {@link #token()} is that part. */
    UNKNOWN_KEY,
    /** Only modifiers were given. */
    NO_KEY,
    /** More than one key besides the modifiers. */
    TWO_KEYS,
    /** A modifier appears twice; {@link #token()} is the modifier. */
    REPEATED_MODIFIER,
    /** A key other than F1–F24 without Ctrl, Alt or Meta would fire while the agent types. */
    NEEDS_MODIFIER,
    /** Another action has this binding; {@link #token()} is that action's name. */
    DUPLICATE
  }

  private final Problem problem;
  private final String token;

  public HotkeyBindingException(Problem problem, String token) {
    super(problem + (token.isEmpty() ? "" : ": " + token));
    this.problem = Objects.requireNonNull(problem, "problem");
    this.token = Objects.requireNonNull(token, "token");
  }

  public Problem problem() {
    return problem;
  }

  /** The offending part of the text, or the other action's name for {@link Problem#DUPLICATE}. */
  public String token() {
    return token;
  }

  /** The problem in the agent's language, e.g. "Unknown key “Q1”". */
  public String message(Localizer localizer) {
    String argument = token;
    if (problem == Problem.DUPLICATE) {
      try {
        argument = localizer.get(HotkeyAction.valueOf(token).textKey());
      } catch (IllegalArgumentException notAnAction) {
        argument = token;
      }
    }
    return localizer.get("hotkeys.error." + problem.name(), argument);
  }
}
