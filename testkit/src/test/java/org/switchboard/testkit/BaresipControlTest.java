package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class BaresipControlTest {
  private static final Duration WAIT = Duration.ofSeconds(3);

  private FakeCtrlTcp baresip;
  private BaresipControl control;

  @BeforeEach
  void connect() throws Exception {
    baresip = new FakeCtrlTcp();
    CompletableFuture<BaresipControl> connecting =
        CompletableFuture.supplyAsync(
            () -> BaresipControl.connect("127.0.0.1", baresip.port(), WAIT));
    baresip.accept();
    control = connecting.get();
  }

  @AfterEach
  void close() throws Exception {
    control.close();
    baresip.close();
  }

  @Test
  void sendsCommandsAsNetstringJsonWithAToken() throws Exception {
    CompletableFuture<Void> dialing = CompletableFuture.runAsync(() -> control.dial("sip:2002@x"));
    JsonNode command = baresip.nextCommand(WAIT);
    baresip.respond(command, true, "");
    dialing.get();

    assertThat(command.path("command").asText()).isEqualTo("dial");
    assertThat(command.path("params").asText()).isEqualTo("sip:2002@x");
    assertThat(command.path("token").asText()).isNotBlank();
  }

  @Test
  void returnsTheDataOfTheMatchingResponseAndSkipsStaleOnes() throws Exception {
    CompletableFuture<String> answer =
        CompletableFuture.supplyAsync(() -> control.command("reginfo", null));
    JsonNode command = baresip.nextCommand(WAIT);
    baresip.send("{\"response\":true,\"ok\":true,\"data\":\"stale\",\"token\":\"old\"}");
    baresip.respond(command, true, "--- User Agents (1) ---");

    assertThat(answer.get()).isEqualTo("--- User Agents (1) ---");
    assertThat(command.has("params")).isFalse();
  }

  @Test
  void failsWhenBaresipRefusesACommand() throws Exception {
    CompletableFuture<String> answer =
        CompletableFuture.supplyAsync(() -> control.command("bogus", null));
    baresip.respond(baresip.nextCommand(WAIT), false, "command not found (bogus)\n");

    assertThat(answer)
        .failsWithin(WAIT)
        .withThrowableOfType(Exception.class)
        .havingCause()
        .isInstanceOf(AssertionError.class)
        .withMessageContaining("'bogus' refused: command not found (bogus)");
  }

  @Test
  void sendsADtmfDigitWithSndcode() throws Exception {
    CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> control.sendDtmf('5'));
    JsonNode command = baresip.nextCommand(WAIT);
    baresip.respond(command, true, "");
    sending.get();

    assertThat(command.path("command").asText()).isEqualTo("sndcode");
    assertThat(command.path("params").asText()).isEqualTo("5");
    assertThatThrownBy(() -> control.sendDtmf('x')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsActiveCalls() throws Exception {
    CompletableFuture<Integer> calls = CompletableFuture.supplyAsync(control::activeCalls);
    baresip.respond(
        baresip.nextCommand(WAIT),
        true,
        "\n--- Active calls (1) ---\n> [line 1]  0:00:02  ESTABLISHED   sip:2002@127.0.0.1\n\n");

    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void awaitsAnEventOfATypeSkippingOthers() throws Exception {
    baresip.event("CALL_RINGING", "sip:2002@127.0.0.1");
    baresip.event("CALL_ESTABLISHED", "sip:2002@127.0.0.1");

    JsonNode established = control.awaitEvent("CALL_ESTABLISHED", WAIT);

    assertThat(established.path("peeruri").asText()).isEqualTo("sip:2002@127.0.0.1");
    assertThat(control.seen()).containsExactly("CALL_RINGING", "CALL_ESTABLISHED");
  }

  @Test
  void failsAWaitListingTheEventsSeen() throws Exception {
    baresip.event("CALL_CLOSED", "480 Temporarily Unavailable");

    assertThatThrownBy(() -> control.awaitEvent("CALL_ESTABLISHED", Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no CALL_ESTABLISHED within PT0.3S")
        .hasMessageContaining("CALL_CLOSED(480 Temporarily Unavailable)");
  }

  @Test
  void failsAWaitAtOnceWhenBaresipDropsTheConnection() throws Exception {
    baresip.event("CALL_RINGING", "sip:2002@127.0.0.1");
    baresip.dropClient();
    long start = System.nanoTime();

    assertThatThrownBy(() -> control.awaitEvent("CALL_ESTABLISHED", Duration.ofSeconds(10)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("one control client at a time")
        .hasMessageContaining("CALL_RINGING");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void failsAWaitWhenBaresipSendsSomethingThatIsNotANetstring() throws Exception {
    baresip.sendRaw("hello");

    assertThatThrownBy(() -> control.awaitEvent("CALL_ESTABLISHED", Duration.ofSeconds(10)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not a netstring");
  }

  @Test
  void clearEventsForgetsWhatCameBefore() throws Exception {
    baresip.event("CALL_CLOSED", "old call");
    control.awaitEvent("CALL_CLOSED", WAIT);
    baresip.event("CALL_CLOSED", "older call, still queued");
    Thread.sleep(200);
    control.clearEvents();
    baresip.event("CALL_CLOSED", "new call");

    assertThat(control.awaitEvent("CALL_CLOSED", WAIT).path("param").asText())
        .isEqualTo("new call");
  }

  @Test
  void closeStopsTheReaderThread() {
    control.close();

    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("baresip-ctrl-" + baresip.port()));
  }

  @Test
  void connectFailsClearlyWhenNothingListens() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    assertThatThrownBy(() -> BaresipControl.connect("127.0.0.1", port, WAIT))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("127.0.0.1:" + port);
  }
}
