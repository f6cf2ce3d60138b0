package org.switchboard.queue.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallId;

class AgentPhonesTest {
  private final AgentPhones phones = new AgentPhones();
  private final List<String> dials = new ArrayList<>();

  @Test
  void aSecondDialWaitsUntilThePhonesCallHasEndedOtherPhonesDoNot() {
    phones.whenFree("ann", () -> dials.add("ann-1"));
    phones.dialled("ann", new CallId("c1"));
    phones.whenFree("ann", () -> dials.add("ann-2"));
    phones.whenFree("bob", () -> dials.add("bob-1"));

    assertThat(dials).containsExactly("ann-1", "bob-1");
    assertThat(phones.hasWaiting("ann")).isTrue();

    phones.ended(new CallId("c1"));
    assertThat(dials).containsExactly("ann-1", "bob-1", "ann-2");
    assertThat(phones.hasWaiting("ann")).isFalse();
  }

  @Test
  void aFailedDialFreesThePhoneAndTheEndOfSomeoneElsesCallDoesNot() {
    phones.whenFree("ann", () -> dials.add("ann-1"));
    phones.whenFree("ann", () -> dials.add("ann-2"));
    phones.ended(new CallId("customer-call"));
    assertThat(dials).containsExactly("ann-1");

    phones.dialled("ann", null);
    assertThat(dials).containsExactly("ann-1", "ann-2");
    phones.dialled("ann", new CallId("c2"));
    phones.ended(new CallId("c2"));
    phones.whenFree("ann", () -> dials.add("ann-3"));
    assertThat(dials).containsExactly("ann-1", "ann-2", "ann-3");
  }
}
