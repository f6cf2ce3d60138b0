package org.switchboard.app.history;

import org.jspecify.annotations.Nullable;
import org.switchboard.core.call.CallId;

/**
 * One call of the history as the list shows it, every text ready to display (localised, sanitised).
 *
 * @param call the call's id
 * @param kind in, out or missed (the icon and its style)
 * @param kindName "Missed call", "Incoming call" or "Outgoing call": the icon's accessible name
 * @param name the other party's name, or "Withheld number"; empty when none was sent (then the
 *     number is the headline)
 * @param number the other party's number or address, shown left to right; empty when withheld
 * @param time when the call started, in the language's style and digits
 * @param duration how long it was talked ({@code 1:05}), or "Not answered"; empty for missed calls
 * @param disposition the wrap-up's disposition; empty when none was recorded
 * @param callBackTarget what "call back" dials; null when the address cannot be dialled
 * @param accessibleText the whole row in one sentence, for screen readers
 */
public record HistoryRow(
    CallId call,
    HistoryEntry.Kind kind,
    String kindName,
    String name,
    String number,
    String time,
    String duration,
    String disposition,
    @Nullable String callBackTarget,
    String accessibleText) {

  /** Whether "call back" can dial this row. */
  public boolean canCallBack() {
    return callBackTarget != null;
  }
}
