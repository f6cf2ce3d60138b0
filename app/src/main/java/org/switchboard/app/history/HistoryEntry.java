package org.switchboard.app.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallEntry;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;

/**
 * One ended call in the history. The remote fields are untrusted text from signalling, kept as
 * received (length-limited) and sanitised only when shown.
 *
 * @param call the call's id, for the wrap-up's disposition
 * @param kind in, out or missed
 * @param remoteUri the other party's address
 * @param remoteName the display name the other party sent, if any
 * @param remoteNumber the other party's number as signalled, if the address holds one
 * @param started when the call was offered or dialled
 * @param answered when it was answered; null if never
 * @param ended when it ended
 * @param endReason why it ended; null when not known (a record from a later version)
 * @param disposition the wrap-up's disposition code; null until one is recorded
 */
public record HistoryEntry(
    CallId call,
    Kind kind,
    String remoteUri,
    @Nullable String remoteName,
    @Nullable String remoteNumber,
    Instant started,
    @Nullable Instant answered,
    Instant ended,
    @Nullable EndReason endReason,
    @Nullable String disposition) {

  /** Longest remote text or disposition kept, in characters. */
  static final int TEXT_LIMIT = 512;

  /** Which way the call went, and whether an inbound call was missed. */
  public enum Kind {
    INBOUND,
    OUTBOUND,
    /** Inbound and never answered. */
    MISSED
  }

  public HistoryEntry {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    remoteUri = limited(Objects.requireNonNull(remoteUri, "remoteUri"));
    remoteName = remoteName == null ? null : limited(remoteName);
    remoteNumber = remoteNumber == null ? null : limited(remoteNumber);
    disposition = disposition == null ? null : limited(disposition);
  }

  /** The history entry of a call that just ended. Called on the UI thread. */
  public static HistoryEntry of(CallEntry call) {
    Instant answered = call.answeredAt();
    Kind kind;
    if (call.direction() == CallDirection.OUTBOUND) {
      kind = Kind.OUTBOUND;
    } else {
      kind = answered == null ? Kind.MISSED : Kind.INBOUND;
    }
    Instant ended = Objects.requireNonNullElse(call.endedAt(), call.started());
    return new HistoryEntry(
        call.id(),
        kind,
        call.remote().uri(),
        call.remote().displayName(),
        call.remote().phoneNumber().map(PhoneNumber::value).orElse(null),
        call.started(),
        answered,
        ended,
        call.endReason(),
        null);
  }

  /** How long the call was talked (answer to end); zero when never answered. */
  public Duration duration() {
    Instant a = answered;
    if (a == null || ended.isBefore(a)) {
      return Duration.ZERO;
    }
    return Duration.between(a, ended);
  }

  /** This entry with the wrap-up's disposition code. */
  public HistoryEntry withDisposition(String code) {
    return new HistoryEntry(
        call, kind, remoteUri, remoteName, remoteNumber, started, answered, ended, endReason, code);
  }

  private static String limited(String text) {
    return text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text;
  }

  /** For logs: the number masked, the name and address left out. */
  @Override
  public String toString() {
    String who =
        remoteNumber != null && PhoneNumber.isDialable(remoteNumber)
            ? new PhoneNumber(remoteNumber).masked()
            : "<uri>";
    return "HistoryEntry[" + call + ", " + kind + ", " + who + ", " + started + "]";
  }
}
