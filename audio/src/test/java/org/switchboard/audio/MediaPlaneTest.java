package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The queue service's media plane with real RTP: a customer's phone (a 440 Hz tone) and an agent's
 * phone (1000 Hz) are engines in this JVM calling the plane's two legs over loopback.
 */
@Timeout(60)
class MediaPlaneTest {
  @TempDir Path dir;

  private final TestIo customerIo = new TestIo(440);
  private final TestIo agentIo = new TestIo(1000);
  private final RtpMediaEngine customer =
      RtpMediaEngine.start("127.0.0.1", 41400, 41449, customerIo);
  private final RtpMediaEngine agent = RtpMediaEngine.start("127.0.0.1", 41450, 41499, agentIo);
  private final MediaPlane plane = MediaPlane.start("127.0.0.1", 41500, 41599);
  private final CallId customerLeg = CallId.random();
  private final CallId agentLeg = CallId.random();

  @AfterEach
  void close() {
    customer.close();
    agent.close();
    plane.close();
  }

  /** Connects {@code phone} to the plane's leg {@code leg}. */
  private static MediaSession connect(RtpMediaEngine phone, MediaPlane plane, CallId leg) {
    MediaSession atPhone = phone.open(CallId.random());
    MediaSession atPlane = plane.engine().open(leg);
    atPhone.start(media(atPlane));
    atPlane.start(media(atPhone));
    return atPlane;
  }

  private static NegotiatedMedia media(MediaSession peer) {
    return new NegotiatedMedia(
        peer.localEndpoint(), AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT, MediaDirection.SENDRECV);
  }

  @Test
  void promptsPlayOnceThenTheCallbackRunsAndSilenceFollows() throws Exception {
    Path prompt = wav(dir.resolve("welcome.wav"), 700, Duration.ofMillis(1200));
    CountDownLatch finished = new CountDownLatch(1);
    plane.play(customerLeg, List.of(prompt), finished::countDown);
    connect(customer, plane, customerLeg);

    Thread.sleep(900);
    assertThat(customerIo.played().isTone(700, 15)).as("hears %s", customerIo.played()).isTrue();
    assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    customerIo.clearPlayed();
    Thread.sleep(800);
    assertThat(customerIo.played().isSilent()).as("then %s", customerIo.played()).isTrue();
  }

  @Test
  void musicLoopsPastItsLengthAndAnotherProgramReplacesIt() throws Exception {
    Path music = wav(dir.resolve("music.wav"), 600, Duration.ofMillis(300));
    AtomicInteger neverTold = new AtomicInteger();
    plane.play(
        customerLeg,
        List.of(wav(dir.resolve("p.wav"), 900, Duration.ofSeconds(5))),
        neverTold::incrementAndGet);
    connect(customer, plane, customerLeg);
    plane.loop(customerLeg, music);

    Thread.sleep(400);
    customerIo.clearPlayed();
    Thread.sleep(1500);
    assertThat(customerIo.played().isTone(600, 15)).as("hears %s", customerIo.played()).isTrue();
    assertThat(neverTold).as("replaced prompts are not reported finished").hasValue(0);
  }

  @Test
  void bridgedLegsHearEachOtherAndTheRecordingHoldsBothSides() throws Exception {
    Path recording = dir.resolve("rec-1.wav");
    plane.recordTo(customerLeg, recording);
    MediaSession customerSide = connect(customer, plane, customerLeg);
    connect(agent, plane, agentLeg);
    plane.bridge(customerLeg, agentLeg);

    Thread.sleep(500);
    customerIo.clearPlayed();
    agentIo.clearPlayed();
    Thread.sleep(1500);
    assertThat(customerIo.played().isTone(1000, 15))
        .as("customer hears %s", customerIo.played())
        .isTrue();
    assertThat(agentIo.played().isTone(440, 15)).as("agent hears %s", agentIo.played()).isTrue();

    customerSide.close();
    awaitFile(recording);
    assertThat(ToneAnalysis.ofChannel(recording, 0, 0.6).isTone(1000, 15))
        .as("left: what the customer heard")
        .isTrue();
    assertThat(ToneAnalysis.ofChannel(recording, 1, 0.6).isTone(440, 15))
        .as("right: what the customer said")
        .isTrue();
  }

  @Test
  void aMissingPromptIsNamedAndTheLegKeepsItsProgram() throws Exception {
    Path music = wav(dir.resolve("music.wav"), 600, Duration.ofMillis(300));
    plane.loop(customerLeg, music);
    connect(customer, plane, customerLeg);

    assertThatThrownBy(() -> plane.play(customerLeg, List.of(dir.resolve("nope.wav")), () -> {}))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("nope.wav");
    Thread.sleep(400);
    customerIo.clearPlayed();
    Thread.sleep(1000);
    assertThat(customerIo.played().isTone(600, 15)).isTrue();
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!Files.exists(file) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(file).exists();
  }

  /** Writes a mono 8 kHz 16-bit WAV holding a sine of {@code hz}. */
  static Path wav(Path file, double hz, Duration length) throws IOException {
    int samples = (int) (8000 * length.toMillis() / 1000);
    ByteBuffer bytes = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    bytes.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
    bytes.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
    bytes.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000);
    bytes.putShort((short) 2).putShort((short) 16);
    bytes.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      bytes.putShort((short) (8000 * Math.sin(2 * Math.PI * hz * i / 8000)));
    }
    return Files.write(file, bytes.array());
  }
}
