package org.switchboard.queue.service.ivr;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;

/**
 * An IVR like the sample configuration's: a language menu (1 English, 2 Persian; then the main
 * menu), a main menu (1 sales, 2 account entry) and an account-number entry (4 to 8 digits).
 */
final class SampleIvr {
  static final Duration MENU_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DIGIT_TIMEOUT = Duration.ofSeconds(4);

  private SampleIvr() {}

  static EntryPoint entryPoint() {
    IvrStep language =
        menu(
            "language",
            "language-menu",
            Map.of(
                "1", new IvrChoice("en", Map.of(), "menu", null),
                "2", new IvrChoice("fa", Map.of(), "menu", null)),
            3,
            new IvrChoice(null, Map.of(), "menu", null));
    IvrStep menu =
        menu(
            "menu",
            "main-menu",
            Map.of(
                "1", new IvrChoice(null, Map.of("product", "sales"), null, "sales"),
                "2", new IvrChoice(null, Map.of(), "account", null)),
            2,
            IvrChoice.toQueue("general"));
    IvrStep account =
        collect(
            "account",
            "enter-account",
            "account",
            4,
            8,
            null,
            2,
            new IvrChoice(null, Map.of("product", "support"), null, "support"));
    return entry(language, menu, account);
  }

  static EntryPoint entry(IvrStep first, IvrStep... others) {
    java.util.Map<String, IvrStep> steps = new java.util.HashMap<>();
    steps.put(first.id(), first);
    for (IvrStep step : others) {
      steps.put(step.id(), step);
    }
    return new EntryPoint(
        "main", List.of("100"), List.of("en", "fa"), "welcome", first.id(), steps);
  }

  static IvrStep menu(
      String id, String prompt, Map<String, IvrChoice> choices, int maxTries, IvrChoice fallback) {
    return new IvrStep(
        id, prompt, choices, null, 0, 0, MENU_TIMEOUT, "*", maxTries, null, fallback);
  }

  static IvrStep collect(
      String id,
      String prompt,
      String into,
      int minDigits,
      int maxDigits,
      @Nullable String next,
      int maxTries,
      IvrChoice fallback) {
    return new IvrStep(
        id,
        prompt,
        Map.of(),
        into,
        minDigits,
        maxDigits,
        DIGIT_TIMEOUT,
        "*",
        maxTries,
        next,
        fallback);
  }
}
