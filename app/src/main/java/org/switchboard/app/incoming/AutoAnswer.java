package org.switchboard.app.incoming;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallEntry;
import org.switchboard.app.call.CallStatus;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.settings.AutoAnswerMode;
import org.switchboard.app.settings.AutoAnswerSettings;
import org.switchboard.core.Subscription;

/**
 * Answers every offered call after the configured delay ({@code ALWAYS}). Calls the server asks to
 * have answered ({@code Call-Info: …; answer-after=N}, an auto-answer {@code Alert-Info}) are
 * answered by the SIP stack itself when the mode is not {@code OFF} (the account's {@code
 * autoAnswerAllowed}, set by the composition root), so {@code ON_REQUEST} needs nothing here. Off
 * by default. A call that stopped ringing meanwhile is left alone. Used on the JavaFX application
 * thread.
 */
public final class AutoAnswer implements AutoCloseable {
  /** Runs {@code action} on the UI thread after {@code delay}. */
  @FunctionalInterface
  public interface Timer {
    void after(Duration delay, Runnable action);
  }

  private static final Logger log = LoggerFactory.getLogger(AutoAnswer.class);

  private final CallsModel calls;
  private final AutoAnswerSettings settings;
  private final Timer timer;
  private final Consumer<CallEntry> answering;
  private final Subscription subscription;

  public AutoAnswer(CallsModel calls, AutoAnswerSettings settings, Timer timer) {
    this(calls, settings, timer, call -> {});
  }

  /**
   * @param answering told of each call just before it is answered automatically (the zip tone)
   */
  public AutoAnswer(
      CallsModel calls, AutoAnswerSettings settings, Timer timer, Consumer<CallEntry> answering) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.answering = Objects.requireNonNull(answering, "answering");
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
                        answering.accept(call);
                        calls.control().answer(call.id());
                      }
                    }));
  }

  /**
   * How long to wait before answering under {@code settings}; empty when the agent answers, or the
   * SIP stack does (a server's request).
   */
  static Optional<Duration> delayFor(AutoAnswerSettings settings, Map<String, String> headers) {
    if (settings.mode() == AutoAnswerMode.ALWAYS) {
      return Optional.of(Duration.ofSeconds(settings.delaySeconds()));
    }
    return Optional.empty();
  }

  /** Stops answering. */
  @Override
  public void close() {
    subscription.close();
  }
}
