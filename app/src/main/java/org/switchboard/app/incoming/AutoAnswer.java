package org.switchboard.app.incoming;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.core.Subscription;

/**
 * Answers offered calls without the agent: every call after the configured delay ({@code ALWAYS}),
 * or only calls whose INVITE asks for it ({@code ON_REQUEST}): {@code Call-Info: …; answer-after=N}
 * (RFC 5373's predecessor, as Polycom, Yealink and Asterisk send it), or an {@code Alert-Info}
 * naming auto-answer. Off by default. A call that stopped ringing meanwhile is left alone. Used on
 * the JavaFX application thread.
 */
public final class AutoAnswer implements AutoCloseable {
  /** Runs {@code action} on the UI thread after {@code delay}. */
  @FunctionalInterface
  public interface Timer {
    void after(Duration delay, Runnable action);
  }

  private static final Logger log = LoggerFactory.getLogger(AutoAnswer.class);
  private static final Pattern ANSWER_AFTER =
      Pattern.compile("answer-after\\s*=\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
  private static final Duration MAX_REQUESTED = Duration.ofSeconds(60);

  private final CallsModel calls;
  private final AutoAnswerSettings settings;
  private final Timer timer;
  private final Subscription subscription;

  public AutoAnswer(CallsModel calls, AutoAnswerSettings settings, Timer timer) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.subscription = calls.onOffered(this::offered);
  }

  private void offered(CallEntry call) {
    delayFor(settings, call.headers())
        .ifPresent(
            delay ->
                timer.after(
                    delay,
                    () -> {
                      if (call.status() == CallStatus.RINGING && calls.find(call.id()) != null) {
                        log.info("auto-answering call {}", call.id());
                        calls.control().answer(call.id());
                      }
                    }));
  }

  /** How long to wait before answering under {@code settings}; empty when the agent answers. */
  static Optional<Duration> delayFor(AutoAnswerSettings settings, Map<String, String> headers) {
    if (settings.mode() == AutoAnswerMode.ALWAYS) {
      return Optional.of(Duration.ofSeconds(settings.delaySeconds()));
    }
    if (settings.mode() == AutoAnswerMode.ON_REQUEST) {
      return requested(headers);
    }
    return Optional.empty();
  }

  /** The delay the INVITE's headers ask for, if they ask. */
  static Optional<Duration> requested(Map<String, String> headers) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      String value = h.getValue().toLowerCase(Locale.ROOT);
      if (name.equals("call-info")) {
        Matcher m = ANSWER_AFTER.matcher(value);
        if (m.find()) {
          Duration d = Duration.ofSeconds(Long.parseLong(m.group(1)));
          return Optional.of(d.compareTo(MAX_REQUESTED) > 0 ? MAX_REQUESTED : d);
        }
      }
      if (name.equals("alert-info")
          && (value.contains("auto answer")
              || value.contains("autoanswer")
              || value.contains("auto-answer"))) {
        return Optional.of(Duration.ZERO);
      }
    }
    return Optional.empty();
  }

  /** Stops answering. */
  @Override
  public void close() {
    subscription.close();
  }
}
