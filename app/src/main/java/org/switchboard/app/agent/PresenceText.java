package org.switchboard.app.agent;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.NotReadyReason;
import org.switchboard.core.agent.Presence;

/**
 * How a presence reads and what may be chosen, shared by the status bar and the tray. Reasons'
 * labels come from the queue service and are sanitised.
 */
public final class PresenceText {
  private PresenceText() {}

  /** "Ready", "Not ready: Break" or "Offline" in {@code language}. */
  public static String of(Presence presence, Language language) {
    if (presence instanceof Presence.NotReady) {
      return Localizer.format(
          language,
          "agent.presence.notReady",
          reason(((Presence.NotReady) presence).reason(), language));
    }
    return Localizer.format(
        language,
        presence instanceof Presence.Ready ? "agent.presence.ready" : "agent.presence.offline");
  }

  /**
   * The reason's label to show: our translation of a well-known code ({@code agent.reason.BREAK}),
   * else the label the service sent, sanitised, else its code.
   */
  public static String reason(NotReadyReason reason, Language language) {
    java.util.Optional<String> known = Localizer.find(language, "agent.reason." + reason.code());
    if (known.isPresent()) {
      return known.get();
    }
    String label = SanitizedText.line(reason.label());
    return label.isEmpty() ? SanitizedText.line(reason.code()) : label;
  }

  /** Ready, not ready with a reason, offline. */
  public static Tone tone(Presence presence) {
    if (presence instanceof Presence.Ready) {
      return Tone.SUCCESS;
    }
    return presence instanceof Presence.NotReady ? Tone.WARNING : Tone.NEUTRAL;
  }

  /** The menu: ready, then one entry per reason (labelled with the reason alone), then offline. */
  public static List<PresenceChoice> choices(List<NotReadyReason> reasons, Language language) {
    List<PresenceChoice> out = new ArrayList<>(reasons.size() + 2);
    out.add(
        new PresenceChoice(
            Presence.ready(),
            Localizer.format(language, "agent.presence.ready"),
            "presence-ready"));
    for (NotReadyReason r : reasons) {
      out.add(
          new PresenceChoice(
              Presence.notReady(r), reason(r, language), "presence-reason-" + idPart(r)));
    }
    out.add(
        new PresenceChoice(
            Presence.offline(),
            Localizer.format(language, "agent.presence.offline"),
            "presence-offline"));
    return out;
  }

  private static String idPart(NotReadyReason reason) {
    return reason.code().replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
