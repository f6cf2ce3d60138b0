package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.CallQuality;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/** Two engines in one JVM call each other over loopback, with every codec. */
@Timeout(60)
class RtpMediaEngineTest {
  private final TestIo aliceIo = new TestIo(440);
  private final TestIo bobIo = new TestIo(1000);
  private final RtpMediaEngine alice = RtpMediaEngine.start("127.0.0.1", 41000, 41099, aliceIo);
  private final RtpMediaEngine bob = RtpMediaEngine.start("127.0.0.1", 41100, 41199, bobIo);
  private MediaSession a = alice.open(CallId.random());
  private MediaSession b = bob.open(CallId.random());

  @AfterEach
  void close() {
    alice.close();
    bob.close();
  }

  static List<AudioCodec> codecs() {
    return List.of(AudioCodec.PCMU, AudioCodec.PCMA, AudioCodec.G722, AudioCodec.OPUS);
  }

  private void connect(AudioCodec codec, MediaDirection aSide, MediaDirection bSide) {
    a.start(media(b, codec, aSide));
    b.start(media(a, codec, bSide));
  }

  private static NegotiatedMedia media(MediaSession peer, AudioCodec codec, MediaDirection dir) {
    return new NegotiatedMedia(peer.localEndpoint(), codec, AudioCodec.TELEPHONE_EVENT, dir);
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void eachCodecCarriesAToneBothWays(AudioCodec codec) throws Exception {
    connect(codec, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(1800);
    assertThat(bobIo.played().isTone(440, 15)).as("bob hears %s", bobIo.played()).isTrue();
    assertThat(aliceIo.played().isTone(1000, 15)).as("alice hears %s", aliceIo.played()).isTrue();
  }

  @Test
  void theRecordingHoldsBothDirections() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(1800);
    assertThat(aliceIo.recordedSent().isTone(440, 15)).isTrue();
    assertThat(aliceIo.recordedReceived().isTone(1000, 15)).isTrue();
  }

  @Test
  void dtmfDigitsArriveOnceEachInOrder() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    BlockingQueue<Character> digits = new LinkedBlockingQueue<>();
    b.onDtmfReceived(digits::add);
    a.sendDtmf("12#");
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      Character d = digits.poll(5, TimeUnit.SECONDS);
      assertThat(d).as("digit %s of 3, got %s", i + 1, got).isNotNull();
      got.append(d);
    }
    assertThat(got.toString()).isEqualTo("12#");
    assertThat(digits.poll(500, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void dtmfNeedsANegotiatedTelephoneEvent() {
    a.start(new NegotiatedMedia(b.localEndpoint(), AudioCodec.PCMU, null, MediaDirection.SENDRECV));
    assertThatThrownBy(() -> a.sendDtmf("1")).isInstanceOf(MediaException.class);
  }

  @Test
  void holdStopsCaptureAndSilencesTheStreamThenResumeBringsItBack() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(600);
    a.update(media(b, AudioCodec.PCMU, MediaDirection.SENDONLY));
    b.update(media(a, AudioCodec.PCMU, MediaDirection.RECVONLY));
    Thread.sleep(400);
    bobIo.clearPlayed();
    Thread.sleep(1200);
    assertThat(bobIo.played().isSilent()).as("bob hears %s", bobIo.played()).isTrue();
    assertThat(aliceIo.openInputs.get()).isZero();
    a.update(media(b, AudioCodec.PCMU, MediaDirection.SENDRECV));
    b.update(media(a, AudioCodec.PCMU, MediaDirection.SENDRECV));
    Thread.sleep(300);
    bobIo.clearPlayed();
    Thread.sleep(1500);
    assertThat(bobIo.played().isTone(440, 15)).as("bob hears %s", bobIo.played()).isTrue();
  }

  @Test
  void muteStopsCaptureButKeepsTheStream() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(600);
    a.setMuted(true);
    Thread.sleep(300);
    bobIo.clearPlayed();
    Thread.sleep(1200);
    assertThat(aliceIo.openInputs.get()).isZero();
    assertThat(bobIo.played().isSilent()).isTrue();
    assertThat(bobIo.played().seconds()).isGreaterThan(1.0);
  }

  @Test
  void aCodecChangeMidCallKeepsAudioFlowing() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(500);
    a.update(media(b, AudioCodec.G722, MediaDirection.SENDRECV));
    b.update(media(a, AudioCodec.G722, MediaDirection.SENDRECV));
    Thread.sleep(300);
    bobIo.clearPlayed();
    Thread.sleep(1500);
    assertThat(bobIo.played().isTone(440, 15)).as("bob hears %s", bobIo.played()).isTrue();
  }

  @Test
  void packetsFromStrangersAndGarbageAreIgnored() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    Thread.sleep(600);
    InetSocketAddress target = new InetSocketAddress("127.0.0.1", b.localEndpoint().port());
    Random random = new Random(7);
    try (DatagramChannel stranger = DatagramChannel.open()) {
      byte[] rtp = new byte[172];
      for (int i = 0; i < 200; i++) {
        rtp[0] = (byte) 0x80;
        rtp[1] = 0; // PCMU
        rtp[3] = (byte) i;
        for (int j = 12; j < rtp.length; j++) {
          rtp[j] = (byte) (j % 2 == 0 ? 0x00 : 0x80); // a loud square wave
        }
        stranger.send(ByteBuffer.wrap(rtp), target);
        byte[] garbage = new byte[random.nextInt(300)];
        random.nextBytes(garbage);
        stranger.send(ByteBuffer.wrap(garbage), target);
        stranger.send(
            ByteBuffer.wrap(garbage),
            new InetSocketAddress("127.0.0.1", b.localEndpoint().port() + 1));
      }
    }
    bobIo.clearPlayed();
    Thread.sleep(1200);
    assertThat(bobIo.played().isTone(440, 15)).as("bob hears %s", bobIo.played()).isTrue();
    assertThat(bob.receiving()).isTrue();
    assertThat(bob.openSessions().get(0).diagnostics()).doesNotContain("strangers=0 ");
  }

  @Test
  void malformedPacketsFromThePeerItselfNeverStopTheMedia() throws Exception {
    try (DatagramChannel peer = DatagramChannel.open()) {
      peer.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = ((InetSocketAddress) peer.getLocalAddress()).getPort();
      a.start(
          new NegotiatedMedia(
              new org.switchboard.core.media.MediaEndpoint("127.0.0.1", port),
              AudioCodec.PCMU,
              AudioCodec.TELEPHONE_EVENT,
              MediaDirection.SENDRECV));
      InetSocketAddress target = new InetSocketAddress("127.0.0.1", a.localEndpoint().port());
      Random random = new Random(11);
      byte[] valid = pcmuPacket(0, 0, 0x01020304);
      peer.send(ByteBuffer.wrap(valid), target); // latches the peer
      for (int i = 0; i < 20_000; i++) {
        byte[] bad = i % 2 == 0 ? valid.clone() : new byte[random.nextInt(400)];
        if (i % 2 == 0) {
          for (int flips = 0; flips < 4; flips++) {
            bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
          }
        } else {
          random.nextBytes(bad);
        }
        peer.send(ByteBuffer.wrap(bad), target);
      }
      aliceIo.clearPlayed();
      for (int seq = 1; seq <= 100; seq++) { // 2 s of a 1000 Hz tone, paced
        peer.send(ByteBuffer.wrap(pcmuTone(seq, seq * 160L, 0x0A0B0C0D)), target);
        Thread.sleep(20);
      }
      assertThat(alice.receiving()).isTrue();
      assertThat(aliceIo.played().isTone(1000, 15)).as("alice hears %s", aliceIo.played()).isTrue();
    }
  }

  private static byte[] pcmuPacket(int seq, long ts, int ssrc) {
    byte[] p = new byte[172];
    p[0] = (byte) 0x80;
    p[1] = 0;
    p[2] = (byte) (seq >> 8);
    p[3] = (byte) seq;
    p[4] = (byte) (ts >> 24);
    p[5] = (byte) (ts >> 16);
    p[6] = (byte) (ts >> 8);
    p[7] = (byte) ts;
    p[8] = (byte) (ssrc >> 24);
    p[9] = (byte) (ssrc >> 16);
    p[10] = (byte) (ssrc >> 8);
    p[11] = (byte) ssrc;
    return p;
  }

  private static byte[] pcmuTone(int seq, long ts, int ssrc) {
    byte[] p = pcmuPacket(seq, ts, ssrc);
    for (int i = 0; i < 160; i++) {
      double sample = 8000 * Math.sin(2 * Math.PI * 1000 * (ts + i) / 8000.0);
      p[12 + i] = linearToMulaw((int) sample);
    }
    return p;
  }

  /** G.711 mu-law encoding of one sample (ITU-T G.711), for the test's own packets. */
  private static byte linearToMulaw(int sample) {
    int sign = sample < 0 ? 0x80 : 0;
    int magnitude = Math.min(Math.abs(sample), 32635) + 132;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  @Test
  void qualityIsReportedFromRtcp() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    BlockingQueue<CallQuality> reports = new LinkedBlockingQueue<>();
    a.onQualityChanged(reports::add);
    CallQuality first = reports.poll(12, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.mos()).isGreaterThan(4.0);
    assertThat(first.lossPercent()).isZero();
    assertThat(first.jitter()).isLessThan(Duration.ofMillis(20));
  }

  @Test
  void closingReleasesThePortsAndStopsTheSession() throws Exception {
    connect(AudioCodec.PCMU, MediaDirection.SENDRECV, MediaDirection.SENDRECV);
    int port = a.localEndpoint().port();
    a.close();
    a.close();
    assertThatThrownBy(() -> a.setMuted(true)).isInstanceOf(MediaException.class);
    Thread.sleep(200);
    try (DatagramChannel reuse = DatagramChannel.open()) {
      reuse.bind(new InetSocketAddress("127.0.0.1", port));
    }
    assertThat(alice.openSessions()).isEmpty();
  }

  @Test
  void anUnsupportedCodecIsRefusedWithItsName() {
    assertThatThrownBy(
            () ->
                a.start(
                    new NegotiatedMedia(
                        b.localEndpoint(),
                        new AudioCodec("GSM", 8000, 3),
                        null,
                        MediaDirection.SENDRECV)))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("GSM");
  }
}
