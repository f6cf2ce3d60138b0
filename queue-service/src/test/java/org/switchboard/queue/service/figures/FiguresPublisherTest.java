package org.switchboard.queue.service.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.centre.CentreFixture;
import org.switchboard.queue.service.centre.Presence;

class FiguresPublisherTest {
  private final CentreFixture f =
      new CentreFixture(CentreFixture.queue("sales"), CentreFixture.queue("support"));
  private final List<QueueFigures> sent = new ArrayList<>();
  private final FiguresPublisher publisher =
      new FiguresPublisher(
          f.centre, f.clock, f.timers, FiguresWindow.sinceMidnight(ZoneOffset.UTC), sent::add);

  private List<QueueFigures> sentFor(String queue) {
    return sent.stream().filter(q -> q.queue().equals(queue)).toList();
  }

  @Test
  void aChangeIsPublishedOnceTheCommandIsDone() {
    f.enqueue("c1", "sales");
    f.timers.advance(Duration.ZERO);

    assertThat(sentFor("sales"))
        .singleElement()
        .satisfies(q -> assertThat(q.waiting()).isEqualTo(1));
    assertThat(sentFor("support")).isEmpty();
  }

  @Test
  void aQueueIsPublishedAtMostOnceASecond() {
    for (int i = 0; i < 30; i++) {
      f.enqueue("c" + i, "sales");
      f.timers.advance(Duration.ofMillis(100));
    }
    f.timers.advance(Duration.ofSeconds(2));

    List<QueueFigures> sales = sentFor("sales");
    assertThat(sales).hasSizeBetween(3, 4);
    for (int i = 1; i < sales.size(); i++) {
      assertThat(Duration.between(sales.get(i - 1).computedAt(), sales.get(i).computedAt()))
          .isGreaterThanOrEqualTo(FiguresPublisher.EVERY);
    }
    assertThat(sales.get(sales.size() - 1).waiting()).isEqualTo(30);
  }

  @Test
  void figuresThatDidNotChangeAreNotSentAgain() {
    f.ready("ann", "sales");
    f.timers.advance(Duration.ofSeconds(2));
    // Ready idle time now counts, so occupancy becomes 0 (it was undefined): one more figure.
    f.centre.setPresence("ann", Presence.READY, null);
    f.timers.advance(Duration.ofSeconds(2));
    int before = sentFor("sales").size();
    assertThat(sentFor("sales").get(before - 1).occupancy()).isEqualTo(0.0);

    f.centre.setPresence("ann", Presence.READY, null);
    f.timers.advance(Duration.ofSeconds(2));

    assertThat(sentFor("sales")).hasSize(before);
  }

  @Test
  void figuresOnRequestAreComputedAfresh() {
    f.enqueue("c1", "sales");
    f.ready("ann", "sales");
    f.answer("ann");
    f.advance(10);
    f.centre.callEnded("c1");

    QueueFigures figures = publisher.figures("sales");

    assertThat(figures.answered()).isEqualTo(1);
    assertThat(figures.aht()).hasSeconds(10);
    assertThat(figures.serviceLevel()).isEqualTo(1.0);
  }

  @Test
  void closingStopsPublishing() {
    publisher.close();
    f.enqueue("c1", "sales");
    f.timers.advance(Duration.ofSeconds(2));
    assertThat(sent).isEmpty();
  }
}
