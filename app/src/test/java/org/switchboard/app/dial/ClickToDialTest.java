package org.switchboard.app.dial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.app.links.DialLink;
import org.switchboard.app.links.SingleInstance;

/**
 * Click-to-dial end to end in one JVM: the running desktop listens, a second start is given a
 * {@code tel:} link, and the running one's dialler shows it and asks; only "Call" dials it. The "UI
 * thread" is a queue the test drains, as the JavaFX thread would run it.
 */
class ClickToDialTest {
  @TempDir Path data;
  private final FakeCallControl control = new FakeCallControl();
  private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
  private final DialerViewModel dialer =
      new DialerViewModel(
          new CallsModel(control, uiThread::add, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)),
          new NumberNormaliser("DE"),
          new Localizer(Language.ENGLISH),
          uiThread::add);
  private final LinkConfirmationViewModel confirmation =
      new LinkConfirmationViewModel(dialer, new Localizer(Language.ENGLISH));
  private int broughtForward;

  @Test
  void aLinkGivenToASecondStartIsShownAndDialledOnlyWhenTheAgentSaysCall() throws Exception {
    try (SingleInstance running = SingleInstance.startOrForward(data, null).orElseThrow()) {
      running.onRequest(new LinkDialling(confirmation, uiThread::add, () -> broughtForward++));

      boolean secondStayed =
          SingleInstance.startOrForward(
                  data, DialLink.fromArguments(List.of("tel:030%20123-4567")).orElseThrow())
              .isPresent();

      assertThat(secondStayed).isFalse();
      Runnable uiWork = uiThread.poll(10, TimeUnit.SECONDS);
      assertThat(uiWork).isNotNull();
      uiWork.run();
      assertThat(broughtForward).isEqualTo(1);
      assertThat(dialer.numberProperty().get()).isEqualTo("0301234567");
      assertThat(confirmation.questionProperty().get()).isEqualTo("Call 0301234567?");
      assertThat(control.dialled).isEmpty();

      confirmation.call();
      assertThat(control.dialled).containsExactly("+49301234567");
    }
  }

  @Test
  void aSecondStartWithoutALinkOnlyBringsTheWindowForward() throws Exception {
    try (SingleInstance running = SingleInstance.startOrForward(data, null).orElseThrow()) {
      running.onRequest(new LinkDialling(confirmation, uiThread::add, () -> broughtForward++));

      assertThat(SingleInstance.startOrForward(data, null)).isEmpty();

      Runnable uiWork = uiThread.poll(10, TimeUnit.SECONDS);
      assertThat(uiWork).isNotNull();
      uiWork.run();
      assertThat(broughtForward).isEqualTo(1);
      assertThat(confirmation.askingProperty().get()).isFalse();
      assertThat(control.dialled).isEmpty();
    }
  }

  @Test
  void aCancelledLinkIsNeverDialled() throws Exception {
    try (SingleInstance running = SingleInstance.startOrForward(data, null).orElseThrow()) {
      running.onRequest(new LinkDialling(confirmation, uiThread::add, () -> broughtForward++));

      assertThat(SingleInstance.startOrForward(data, DialLink.parse("sip:2001@127.0.0.1")))
          .isEmpty();
      Runnable uiWork = uiThread.poll(10, TimeUnit.SECONDS);
      assertThat(uiWork).isNotNull();
      uiWork.run();
      confirmation.cancel();

      assertThat(dialer.numberProperty().get()).isEqualTo("sip:2001@127.0.0.1");
      assertThat(control.dialled).isEmpty();
    }
  }
}
