package org.switchboard.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.boot.CentreLab.await;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testcall.CustomerPhone;
import org.switchboard.app.testcall.TestCallTarget;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.queue.client.QueueClient;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.service.QueueService;

/**
 * The test call's phone ({@link SipCustomerPhone}) calling a real queue service (the sample centre,
 * see {@link CentreLab}) as a customer: SIP 16754, RTP 42350-42399 on the lab's address. Entry
 * number 100; keys "1" English, "2" support, then the account number ended with "#".
 */
@Tag("lab")
@Timeout(90)
class TestCallLabTest {
  @TempDir Path dir;

  /** What the phone told the window, as text. */
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  private final CustomerPhone.Listener listener =
      new CustomerPhone.Listener() {
        @Override
        public void connected() {
          events.add("connected");
        }

        @Override
        public void ended(CustomerPhone.EndKind kind, String reason) {
          events.add("ended " + kind + ": " + reason);
        }
      };

  private String next() throws InterruptedException {
    String event = events.poll(CentreLab.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      throw new AssertionError("the phone said nothing within " + CentreLab.WAIT);
    }
    return event;
  }

  private SipCustomerPhone phone() {
    return new SipCustomerPhone(
        new SipCustomerPhone.Settings(
            16754,
            42350,
            42399,
            new AudioSource.Tone(440),
            new AudioSink.WavFile(dir.resolve("customer-heard.wav")),
            null));
  }

  @Test
  void theCustomerGoesThroughTheIvrIntoTheChosenQueueWithItsDigitsAndHangingUpAbandons()
      throws Exception {
    CentreLab lab = new CentreLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        SipCustomerPhone phone = phone()) {
      QueueClient carol = lab.signedIn(service, "carol");
      TestCallTarget entry = new TestCallTarget("100", lab.address, CentreLab.SIP_PORT);

      phone.dial(entry, listener).get(10, TimeUnit.SECONDS);
      assertThat(next()).as("the service's IVR answers").isEqualTo("connected");
      for (char key : "12".toCharArray()) {
        Thread.sleep(1500); // a prompt plays; keys may barge in
        phone.sendDigit(key).get(5, TimeUnit.SECONDS);
      }
      Thread.sleep(1500);
      for (char key : "4711#".toCharArray()) {
        phone.sendDigit(key).get(5, TimeUnit.SECONDS);
        Thread.sleep(300);
      }

      InteractionView waiting =
          await(
              "the caller waits in support",
              () ->
                  carol.snapshot().interactions().stream()
                      .filter(i -> i.queue().equals("support") && i.state().equals("waiting"))
                      .findFirst()
                      .orElse(null));
      assertThat(waiting.entryPoint()).isEqualTo("main");
      assertThat(waiting.ani())
          .as("the sample customer's number, so the agent's card pops")
          .isEqualTo(SipCustomerPhone.CUSTOMER_NUMBER);
      assertThat(waiting.language()).isEqualTo("en");
      assertThat(waiting.data())
          .as("the IVR's choices and collected digits")
          .containsEntry("ivr.language", "1")
          .containsEntry("ivr.menu", "2")
          .containsEntry("account", "4711");

      phone.hangUp().get(5, TimeUnit.SECONDS);

      assertThat(next()).startsWith("ended HUNG_UP");
      InteractionView ended =
          await(
              "the interaction ends",
              () -> {
                InteractionView now = carol.interaction(waiting.id());
                return now.endReason() == null ? null : now;
              });
      assertThat(ended.endReason()).isEqualTo("abandoned");
      assertThat(ended.times().abandoned()).isNotNull();
    }
  }

  @Test
  void aNumberTheCentreDoesNotHaveEndsRefusedWithTheStatus() throws Exception {
    CentreLab lab = new CentreLab(dir);
    try (QueueService service = QueueService.start(lab.config(), Clock.systemUTC());
        SipCustomerPhone phone = phone()) {
      phone.dial(new TestCallTarget("999", lab.address, CentreLab.SIP_PORT), listener);

      assertThat(next()).startsWith("ended REFUSED").contains("404");
    }
  }
}
