package org.switchboard.queue.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.testkit.BaresipControl;
import org.switchboard.testkit.PrivateBaresip;

/**
 * The service in proxy mode on {@code config}, alice's and the outside party's phones registered at
 * Kamailio, alice ready in sales, and a baresip customer's call to sales that alice answered.
 * Closing it stops them all, the customer first.
 */
final class AliceOnACall implements AutoCloseable {
  final AgentPhone alicePhone;
  final AgentPhone outsidePhone;
  final QueueClient alice;
  final PrivateBaresip customer;
  final BaresipControl phone;
  final String interaction;
  private final List<AutoCloseable> started;

  private AliceOnACall(
      AgentPhone alicePhone,
      AgentPhone outsidePhone,
      QueueClient alice,
      PrivateBaresip customer,
      BaresipControl phone,
      String interaction,
      List<AutoCloseable> started) {
    this.alicePhone = alicePhone;
    this.outsidePhone = outsidePhone;
    this.alice = alice;
    this.customer = customer;
    this.phone = phone;
    this.interaction = interaction;
    this.started = started;
  }

  static AliceOnACall start(Path dir, ProxyLab lab, Path config) throws Exception {
    List<AutoCloseable> started = new ArrayList<>();
    try {
      QueueService service = QueueService.start(config, Clock.systemUTC());
      started.add(service);
      AgentPhone alicePhone = lab.alicePhone();
      started.add(alicePhone);
      AgentPhone outsidePhone = lab.outsidePhone();
      started.add(outsidePhone);
      QueueClient alice = new ServiceLab(dir).readyIn(service, "alice", "sales");
      PrivateBaresip customer = lab.customer();
      started.add(customer);
      BaresipControl phone = customer.peer().control();
      started.add(phone);
      ProxyCalls.callSales(lab, phone);
      String interaction = ProxyCalls.aliceAnswers(alicePhone, alice);
      return new AliceOnACall(
          alicePhone, outsidePhone, alice, customer, phone, interaction, started);
    } catch (Exception | AssertionError e) {
      closeAll(started);
      throw e;
    }
  }

  @Override
  public void close() {
    closeAll(started);
  }

  private static void closeAll(List<AutoCloseable> started) {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        // the next part is stopped regardless
      }
    }
  }
}
