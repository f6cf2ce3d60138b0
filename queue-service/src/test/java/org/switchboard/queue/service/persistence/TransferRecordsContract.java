package org.switchboard.queue.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.centre.Leg;
import org.switchboard.queue.service.centre.LegOutcome;
import org.switchboard.queue.service.store.Interaction;

/** Transfers leave one stored leg per leg of the centre, with the same raw timestamps. */
abstract class TransferRecordsContract extends PersistenceContract {
  @Test
  void aCompletedConsultKeepsBothLegsAndTheHold() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.advance(10);
    f.centre.consultQueue("c1", "support");
    f.ready("bob", "support");
    f.answer("bob");
    f.advance(5);
    f.centre.completeTransfer("c1");
    f.advance(20);
    f.centre.callEnded("c1");
    written();

    assertLegsAsInTheCentre("c1");
    assertThat(stored("c1").legs())
        .extracting(Interaction.Leg::agent, Interaction.Leg::endReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ann", "transferred"),
            org.assertj.core.groups.Tuple.tuple("bob", "completed"));
    assertThat(stored("c1").holds()).extracting(Interaction.Hold::held).containsExactly(at(10));
    assertThat(stored("c1").agent()).isEqualTo("bob");
  }

  @Test
  void aCancelledConsultEndsItsLegAndTheFirstAgentKeepsTheCall() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.advance(10);
    f.centre.consultQueue("c1", "support");
    f.ready("bob", "support");
    f.answer("bob");
    f.advance(5);
    f.centre.cancelTransfer("c1");
    f.advance(20);
    f.centre.callEnded("c1");
    written();

    assertLegsAsInTheCentre("c1");
    assertThat(stored("c1").legs())
        .extracting(Interaction.Leg::endReason)
        .containsExactly("completed", "cancelled");
    assertThat(stored("c1").legs().get(1).ended()).isEqualTo(at(15));
    assertThat(stored("c1").times().ended()).isEqualTo(at(35));
  }

  @Test
  void aBlindTransferToAnAgentIsALegOfItsOwn() {
    f.ready("ann", "sales");
    f.enqueue("c1", "sales");
    f.answer("ann");
    f.ready("bob", "support");
    f.advance(8);
    f.centre.transferToAgent("c1", "bob");
    f.answer("bob");
    f.advance(12);
    f.centre.callEnded("c1");
    written();

    assertLegsAsInTheCentre("c1");
    assertThat(stored("c1").legs())
        .extracting(Interaction.Leg::agent)
        .containsExactly("ann", "bob");
  }

  /** Every stored leg has the queue, agent and raw timestamps of the centre's leg. */
  private void assertLegsAsInTheCentre(String id) {
    List<Leg> centre = f.interaction(id).legs();
    List<Interaction.Leg> store = stored(id).legs();
    assertThat(store).hasSameSizeAs(centre);
    for (int k = 0; k < centre.size(); k++) {
      Leg leg = centre.get(k);
      Interaction.Leg row = store.get(k);
      LegOutcome outcome = leg.outcome();
      assertThat(row.seq()).isEqualTo(k + 1);
      assertThat(row.queue()).isEqualTo(leg.queue());
      assertThat(row.agent()).isEqualTo(leg.agent());
      assertThat(row.started()).isEqualTo(leg.enqueued());
      assertThat(row.offered()).isEqualTo(leg.offered());
      assertThat(row.answered()).isEqualTo(leg.answered());
      assertThat(row.ended()).isEqualTo(leg.ended());
      assertThat(row.endReason())
          .isEqualTo(outcome == null ? null : InteractionDiff.legReason(outcome));
      assertThat(row.wrapUp() == null ? null : row.wrapUp().ended()).isEqualTo(leg.wrapUpEnded());
    }
  }
}
