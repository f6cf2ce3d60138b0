package org.switchboard.app.call;

import org.jspecify.annotations.Nullable;
import org.switchboard.app.customer.SanitizedText;
import org.switchboard.core.agent.TransferTarget;
import org.switchboard.core.call.PhoneNumber;

/**
 * One entry of the transfer list, its texts sanitised: an agent, a queue, a contact's number, or
 * the number the agent typed ({@code typed}).
 *
 * @param detail the second line (team, waiting calls); empty when none
 */
public record TransferTargetRow(
    TransferTarget.Kind kind,
    String name,
    String address,
    boolean available,
    String detail,
    boolean typed) {

  static TransferTargetRow of(TransferTarget target) {
    return new TransferTargetRow(
        target.kind(),
        SanitizedText.line(target.name()),
        SanitizedText.line(target.address()),
        target.available(),
        SanitizedText.line(target.detail()),
        false);
  }

  /**
   * The typed text as a number to call, if it is one once spaces, dashes, dots, slashes and
   * brackets are dropped ({@code "030 1234-56"} is {@code 030123456}).
   */
  static @Nullable TransferTargetRow typed(String text) {
    String number = text.strip().replaceAll("[\\s\\u00A0\\-./()]", "");
    if (!PhoneNumber.isDialable(number)) {
      return null;
    }
    return new TransferTargetRow(TransferTarget.Kind.NUMBER, number, number, true, "", true);
  }
}
