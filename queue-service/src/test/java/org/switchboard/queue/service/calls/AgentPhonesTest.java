package org.switchboard.queue.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.call.CallId;
import org.switchboard.queue.service.timing.ManualTimers;
import org.switchboard.testkit.ManualClock;

class AgentPhonesTest {
  private final ManualTimers timers = new ManualTimers(new ManualClock(Instant.EPOCH));
  private final AgentPhones phones = new AgentPhones(timers);
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

  @Test
  void aPhoneWhoseRingingCallWasWithdrawnStaysTakenForTheGuardInCaseItAnsweredMeanwhile() {
    phones.whenFree("ann", () -> dials.add("ann-1"));
    phones.dialled("ann", new CallId("c1"));
    phones.whenFree("ann", () -> dials.add("ann-2"));

    phones.withdrawn(new CallId("c1"));
    phones.ended(new CallId("c1"));
    assertThat(dials).containsExactly("ann-1");

    timers.advance(AgentPhones.GUARD.minusMillis(1));
    assertThat(dials).containsExactly("ann-1");
    timers.advance(java.time.Duration.ofMillis(1));
    assertThat(dials).containsExactly("ann-1", "ann-2");
  }
}
