package org.switchboard.queue.service.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Enum constants as the file writes them: lower case with dashes, so {@code RING_ALL} is {@code
 * ring-all} and {@code TIMED_NO_EARLY_EXIT} is {@code timed-no-early-exit}.
 */
final class EnumText {
  private EnumText() {}

  /** The file's name for {@code value}. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every name the file may give for a constant of {@code type}. */
  static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumText::name).toList();
  }

  /** The constant of {@code type} that {@code text} names, exactly. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> name(c).equals(text)).findFirst();
  }
}
