package org.switchboard.crm.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.switchboard.core.customer.CustomerCard;

/** Collects the cards a listener receives, with the thread each arrived on. */
final class Cards implements Consumer<CustomerCard> {
  private final BlockingQueue<CustomerCard> received = new LinkedBlockingQueue<>();
  volatile String lastThread = "";

  @Override
  public void accept(CustomerCard card) {
    lastThread = Thread.currentThread().getName();
    received.add(card);
  }

  /** The next card, waiting up to 5 s (a bound for a stuck test, not a speed claim). */
  CustomerCard next() throws InterruptedException {
    CustomerCard card = received.poll(5, TimeUnit.SECONDS);
    assertThat(card).as("a card within 5 s").isNotNull();
    return card;
  }

  <T extends CustomerCard> T next(Class<T> type) throws InterruptedException {
    CustomerCard card = next();
    assertThat(card).isInstanceOf(type);
    return type.cast(card);
  }

  /** Whether no card arrives within {@code millis}. */
  boolean quietFor(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS) == null;
  }
}
