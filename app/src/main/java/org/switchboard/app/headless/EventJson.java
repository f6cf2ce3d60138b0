package org.switchboard.app.headless;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.account.RegistrationEvent;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.call.PhoneNumber;

/** Turns port events into the headless agent's JSON event lines. */
final class EventJson {
  private EventJson() {}

  /** The line for {@code event}, or null for events the agent does not report. */
  static @Nullable ObjectNode of(CallEvent event) {
    if (event instanceof CallEvent.Incoming e) {
      ObjectNode node = call("incoming", e);
      node.put("from", e.caller().uri());
      PhoneNumber number = e.caller().phoneNumber().orElse(null);
      putOrNull(node, "number", number == null ? null : number.value());
      putOrNull(node, "name", e.caller().name().orElse(null));
      ObjectNode headers = node.putObject("headers");
      for (Map.Entry<String, String> h : e.headers().entrySet()) {
        headers.put(h.getKey(), h.getValue());
      }
      return node;
    }
    if (event instanceof CallEvent.Dialing e) {
      return call("dialing", e).put("to", e.callee().uri());
    }
    if (event instanceof CallEvent.RemoteRinging e) {
      return call("ringing", e).put("early_media", e.earlyMedia());
    }
    if (event instanceof CallEvent.Answered e) {
      return call("answered", e);
    }
    if (event instanceof CallEvent.Held e) {
      return call("held", e).put("by", e.side().name().toLowerCase(Locale.ROOT));
    }
    if (event instanceof CallEvent.Resumed e) {
      return call("resumed", e);
    }
    if (event instanceof CallEvent.TransferProgress e) {
      return call("transfer", e).put("status", e.status()).put("outcome", outcome(e.status()));
    }
    if (event instanceof CallEvent.TransferFailed e) {
      return call("transfer_failed", e).put("status", e.status()).put("detail", e.detail());
    }
    if (event instanceof CallEvent.TransferRequested e) {
      return call("transfer_requested", e).put("new_call", e.newCall().value());
    }
    if (event instanceof CallEvent.Replaced e) {
      return call("replaced", e).put("by", e.replacement().value());
    }
    if (event instanceof CallEvent.Muted e) {
      return call(e.muted() ? "muted" : "unmuted", e);
    }
    if (event instanceof CallEvent.Conferenced e) {
      return call("conferenced", e).put("with", e.other().value());
    }
    if (event instanceof CallEvent.DtmfReceived e) {
      return call("dtmf", e).put("digit", String.valueOf(e.digit()));
    }
    if (event instanceof CallEvent.QualityChanged e) {
      return quality(e);
    }
    if (event instanceof CallEvent.Ended e) {
      return call("ended", e)
          .put("reason", e.reason().name().toLowerCase(Locale.ROOT))
          .put("status", e.sipStatus())
          .put("detail", e.detail());
    }
    return null;
  }

  /**
   * A quality measure (the engine sends one every few seconds while media flows), its figures
   * rounded for reading: MOS to 0.1, loss to 0.1 %, jitter and round trip to 0.1 ms.
   */
  private static ObjectNode quality(CallEvent.QualityChanged event) {
    CallQuality q = event.quality();
    return call("quality", event)
        .put("mos", tenths(q.mos()))
        .put("loss_percent", tenths(q.lossPercent()))
        .put("jitter_ms", tenths(q.jitter().toNanos() / 1e6))
        .put("rtt_ms", tenths(q.roundTrip().toNanos() / 1e6))
        .put("grade", q.grade().name().toLowerCase(Locale.ROOT));
  }

  private static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** What a transfer's NOTIFY status means: still trying, done, or failed (the call stays). */
  private static String outcome(int status) {
    if (status < 200) {
      return "trying";
    }
    return status < 300 ? "succeeded" : "failed";
  }

  /** The line for {@code event}, or null for events the agent does not report. */
  static @Nullable ObjectNode of(RegistrationEvent event) {
    if (event instanceof RegistrationEvent.Registering) {
      return EventWriter.event("registering");
    }
    if (event instanceof RegistrationEvent.Unregistered) {
      return EventWriter.event("unregistered");
    }
    if (event instanceof RegistrationEvent.Registered r) {
      return EventWriter.event("registered").put("expires", r.expiresSeconds());
    }
    if (event instanceof RegistrationEvent.Retrying r) {
      return EventWriter.event("registration_retrying")
          .put("reason", r.failure().name().toLowerCase(Locale.ROOT))
          .put("status", r.sipStatus())
          .put("message", r.detail())
          .put("retry_in_ms", r.delay().toMillis());
    }
    if (event instanceof RegistrationEvent.Failed f) {
      return registrationFailed(f.failure().name(), f.sipStatus(), f.detail());
    }
    return null;
  }

  static ObjectNode registrationFailed(String failure, int status, String message) {
    return EventWriter.event("registration_failed")
        .put("reason", failure.toLowerCase(Locale.ROOT))
        .put("status", status)
        .put("message", message);
  }

  private static ObjectNode call(String name, CallEvent event) {
    ObjectNode node = EventWriter.event(name);
    node.put("call", event.callId().value());
    return node;
  }

  private static void putOrNull(ObjectNode node, String key, @Nullable String value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
