package org.switchboard.app.agent;

import java.util.Objects;
import org.switchboard.core.agent.Presence;

/**
 * One entry of the presence menu.
 *
 * @param presence what choosing it asks for
 * @param label the text to show, localised; a reason's label is sanitised
 * @param id a node id for it ({@code presence-ready}, {@code presence-reason-<code>}, {@code
 *     presence-offline}); codes are reduced to letters, digits, '-' and '_'
 */
public record PresenceChoice(Presence presence, String label, String id) {
  public PresenceChoice {
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(id, "id");
  }
}
