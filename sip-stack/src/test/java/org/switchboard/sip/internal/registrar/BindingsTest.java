package org.switchboard.sip.internal.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.sip.RegistrarBinding;
import org.switchboard.testkit.ManualClock;

class BindingsTest {
  private static final String A = "sip:1001@192.0.2.1:5060;transport=udp";
  private static final String B = "sip:1001@192.0.2.2:5060;transport=udp";

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T10:00:00Z"));
  private final Bindings bindings = new Bindings(clock);

  private static ContactChanges add(String contact, int expires) {
    return new ContactChanges(false, List.of(new ContactChanges.Change(contact, expires)));
  }

  @Test
  void aBindingLastsItsExpiresAndIsSweptAfterwards() {
    bindings.apply("1001", add(A, 60), "c1", 1);

    clock.advance(Duration.ofSeconds(59));
    assertThat(bindings.current("1001")).extracting(RegistrarBinding::contact).containsExactly(A);
    assertThat(bindings.expire()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(bindings.current("1001")).isEmpty();
    assertThat(bindings.expire()).containsExactly("1001");
  }

  @Test
  void severalContactsAreKeptMostRecentFirstAndARefreshMovesOneUp() {
    bindings.apply("1001", add(A, 60), "c1", 1);
    clock.advance(Duration.ofSeconds(1));
    bindings.apply("1001", add(B, 60), "c2", 1);
    assertThat(bindings.current("1001"))
        .extracting(RegistrarBinding::contact)
        .containsExactly(B, A);

    clock.advance(Duration.ofSeconds(1));
    bindings.apply("1001", add(A, 60), "c1", 2);

    assertThat(bindings.current("1001"))
        .extracting(RegistrarBinding::contact)
        .containsExactly(A, B);
  }

  @Test
  void expiresZeroRemovesOneContactAndStarRemovesAll() {
    bindings.apply("1001", add(A, 60), "c1", 1);
    bindings.apply("1001", add(B, 60), "c2", 1);

    bindings.apply("1001", add(A, 0), "c1", 2);
    assertThat(bindings.current("1001")).extracting(RegistrarBinding::contact).containsExactly(B);

    bindings.apply("1001", new ContactChanges(true, List.of()), "c3", 1);
    assertThat(bindings.current("1001")).isEmpty();
  }

  @Test
  void anOlderRegisterOfTheSameCallIdDoesNotUndoANewerOne() {
    bindings.apply("1001", add(A, 60), "c1", 5);

    bindings.apply("1001", add(A, 0), "c1", 4);

    assertThat(bindings.current("1001")).hasSize(1);
  }

  @Test
  void aUserCannotHoldMoreThanTheMaximumOfContacts() {
    List<ContactChanges.Change> many = new ArrayList<>();
    for (int i = 0; i <= Bindings.MAX_PER_USER; i++) {
      many.add(new ContactChanges.Change("sip:1001@192.0.2.1:" + (5000 + i), 60));
    }

    assertThat(bindings.apply("1001", new ContactChanges(false, many), "c1", 1)).isFalse();
    assertThat(bindings.current("1001")).isEmpty();
  }

  @Test
  void aSavedBindingComesBackUntilItsOwnExpiryAndAnyRegisterOfItsContactReplacesIt() {
    Instant now = clock.instant();
    RegistrarBinding saved =
        new RegistrarBinding("1001", A, now.minusSeconds(30), now.plusSeconds(30));
    RegistrarBinding stale = new RegistrarBinding("1002", B, now.minusSeconds(90), now);

    assertThat(bindings.restore(saved)).isTrue();
    assertThat(bindings.restore(stale)).as("already expired").isFalse();
    assertThat(bindings.restore(saved)).as("the contact is bound already").isFalse();
    assertThat(bindings.current("1001")).containsExactly(saved);
    assertThat(bindings.current("1002")).isEmpty();

    // The phone's next REGISTER has a Call-ID the restored binding never saw: it still wins.
    bindings.apply("1001", add(A, 120), "new-call-id", 1);
    assertThat(bindings.current("1001"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.contact()).isEqualTo(A);
              assertThat(b.expiresAt()).isEqualTo(now.plusSeconds(120));
            });
    clock.advance(Duration.ofSeconds(31));
    assertThat(bindings.current("1001")).hasSize(1);
  }
}
