package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Subscription;
import org.switchboard.core.call.CallId;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.ToneAnalysis;

/** Two engines in one JVM talking PCMU over loopback; no sound server needed. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LibjitsiMediaEngineTest {
  @TempDir Path dir;

  private final List<AutoCloseable> closeMe = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : closeMe) {
      c.close();
    }
  }

  private LibjitsiMediaEngine engine(int firstPort, AudioSource source, String recording) {
    LibjitsiMediaEngine engine =
        LibjitsiMediaEngine.start(
            new MediaSettings(
                "127.0.0.1",
                firstPort,
                Math.min(firstPort + 49, 30999),
                source,
                new AudioSink.WavFile(dir.resolve(recording))));
    closeMe.add(engine);
    return engine;
  }

  static NegotiatedMedia towards(MediaSession peer, MediaDirection direction) {
    return new NegotiatedMedia(
        peer.localEndpoint(), AudioCodec.PCMU, AudioCodec.TELEPHONE_EVENT, direction);
  }

  @Test
  void eachEngineRecordsThePeersTone() throws Exception {
    MediaSession one = engine(30000, new AudioSource.Tone(440), "one-{call}.wav").open(call("a"));
    MediaSession two = engine(30100, new AudioSource.Tone(1000), "two-{call}.wav").open(call("b"));
    assertThat(one.localEndpoint().port() % 2).isZero();

    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(3000);
    one.close();
    two.close();
    one.close(); // idempotent

    ToneAnalysis heardByOne = ToneAnalysis.of(dir.resolve("one-a.wav"));
    ToneAnalysis heardByTwo = ToneAnalysis.of(dir.resolve("two-b.wav"));
    assertThat(heardByOne.isTone(1000, 30)).as("one heard %s", heardByOne).isTrue();
    assertThat(heardByTwo.isTone(440, 30)).as("two heard %s", heardByTwo).isTrue();
    assertThat(heardByOne.seconds()).isGreaterThan(2.0);
  }

  @Test
  void holdSilencesTheHoldingSidesRecordingUntilResume() throws Exception {
    MediaSession one = engine(30200, new AudioSource.Tone(440), "one.wav").open(call("h1"));
    MediaSession two = engine(30300, new AudioSource.Tone(1000), "two.wav").open(call("h2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.update(towards(two, MediaDirection.SENDONLY)); // one holds
    two.update(towards(one, MediaDirection.RECVONLY));
    Thread.sleep(2000);
    one.update(towards(two, MediaDirection.SENDRECV)); // one resumes
    two.update(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.close();
    two.close();

    double[] heardByOne = Wav.samples(dir.resolve("one.wav"));
    ToneAnalysis before = ToneAnalysis.of(Wav.slice(heardByOne, 0.2, 1.3), 8000);
    ToneAnalysis during = ToneAnalysis.of(Wav.slice(heardByOne, 1.9, 3.2), 8000);
    ToneAnalysis after = ToneAnalysis.of(Wav.slice(heardByOne, 3.9, 4.8), 8000);
    assertThat(before.isTone(1000, 30)).as("before hold %s", before).isTrue();
    assertThat(during.isSilent()).as("during hold %s", during).isTrue();
    assertThat(after.isTone(1000, 30)).as("after resume %s", after).isTrue();
    ToneAnalysis heardByTwo = ToneAnalysis.of(dir.resolve("two.wav"));
    assertThat(heardByTwo.isTone(440, 30)).as("held side still hears %s", heardByTwo).isTrue();
  }

  @Test
  void mutingSendsSilenceUntilUnmuted() throws Exception {
    MediaSession one = engine(30400, new AudioSource.Tone(440), "one.wav").open(call("m1"));
    MediaSession two = engine(30500, new AudioSource.Tone(1000), "two.wav").open(call("m2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.setMuted(true);
    Thread.sleep(2000);
    one.setMuted(false);
    Thread.sleep(1500);
    one.close();
    two.close();

    double[] heardByTwo = Wav.samples(dir.resolve("two.wav"));
    ToneAnalysis before = ToneAnalysis.of(Wav.slice(heardByTwo, 0.2, 1.3), 8000);
    ToneAnalysis during = ToneAnalysis.of(Wav.slice(heardByTwo, 1.9, 3.2), 8000);
    ToneAnalysis after = ToneAnalysis.of(Wav.slice(heardByTwo, 3.9, 4.8), 8000);
    assertThat(before.isTone(440, 30)).as("before mute %s", before).isTrue();
    assertThat(during.isSilent()).as("while muted %s", during).isTrue();
    assertThat(after.isTone(440, 30)).as("after unmute %s", after).isTrue();
    ToneAnalysis heardByOne = ToneAnalysis.of(dir.resolve("one.wav"));
    assertThat(heardByOne.isTone(1000, 30))
        .as("the muted side still hears %s", heardByOne)
        .isTrue();
  }

  @Test
  void aSendonlySideRecordsNothingEvenIfThePeerKeepsSending() throws Exception {
    MediaSession one = engine(30200, new AudioSource.Tone(440), "one.wav").open(call("o1"));
    MediaSession two = engine(30300, new AudioSource.Tone(1000), "two.wav").open(call("o2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.update(towards(two, MediaDirection.SENDONLY)); // the peer ignores it and keeps sending
    Thread.sleep(2000);
    one.update(towards(two, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.close();
    two.close();

    double[] heardByOne = Wav.samples(dir.resolve("one.wav"));
    ToneAnalysis during = ToneAnalysis.of(Wav.slice(heardByOne, 1.9, 3.2), 8000);
    ToneAnalysis after = ToneAnalysis.of(Wav.slice(heardByOne, 3.9, 4.8), 8000);
    assertThat(during.isSilent()).as("during hold %s", during).isTrue();
    assertThat(after.isTone(1000, 30)).as("after resume %s", after).isTrue();
    ToneAnalysis heardByTwo = ToneAnalysis.of(dir.resolve("two.wav"));
    assertThat(heardByTwo.isTone(440, 30)).as("two heard %s", heardByTwo).isTrue();
  }

  @Test
  void inactiveNeitherSendsNorRecords() throws Exception {
    MediaSession one = engine(30200, new AudioSource.Tone(440), "one.wav").open(call("i1"));
    MediaSession two = engine(30300, new AudioSource.Tone(1000), "two.wav").open(call("i2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(1500);
    one.update(towards(two, MediaDirection.INACTIVE)); // the peer keeps SENDRECV
    Thread.sleep(2000);
    one.close();
    Thread.sleep(300);
    two.close();

    double[] heardByOne = Wav.samples(dir.resolve("one.wav"));
    double[] heardByTwo = Wav.samples(dir.resolve("two.wav"));
    ToneAnalysis oneBefore = ToneAnalysis.of(Wav.slice(heardByOne, 0.2, 1.3), 8000);
    ToneAnalysis twoBefore = ToneAnalysis.of(Wav.slice(heardByTwo, 0.2, 1.3), 8000);
    assertThat(oneBefore.isTone(1000, 30)).as("one before %s", oneBefore).isTrue();
    assertThat(twoBefore.isTone(440, 30)).as("two before %s", twoBefore).isTrue();
    // recordings keep the timeline only while packets arrive: both end when one went inactive
    assertThat(heardByOne.length / 8000.0).as("one recorded seconds").isLessThan(1.9);
    assertThat(heardByTwo.length / 8000.0).as("two received seconds").isLessThan(1.9);
  }

  @Test
  void updateMovesTheStreamToANewRemoteWithoutTeardown() throws Exception {
    MediaSession one = engine(30600, new AudioSource.Tone(800), "one.wav").open(call("m1"));
    LibjitsiMediaEngine others = engine(30650, new AudioSource.Silence(), "other-{call}.wav");
    MediaSession two = others.open(call("m2"));
    MediaSession three = others.open(call("m3"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    three.start(towards(one, MediaDirection.RECVONLY));
    Thread.sleep(1200);
    one.update(towards(three, MediaDirection.SENDRECV));
    Thread.sleep(2000);
    one.close();
    two.close();
    three.close();

    ToneAnalysis heardByThree = ToneAnalysis.of(dir.resolve("other-m3.wav"));
    assertThat(heardByThree.isTone(800, 30)).as("three heard %s", heardByThree).isTrue();
    assertThat(heardByThree.seconds()).isBetween(1.2, 2.6);
  }

  @Test
  void dtmfSentByOneIsReceivedByTheOther() throws Exception {
    MediaSession one = engine(30400, new AudioSource.Silence(), "one.wav").open(call("d1"));
    MediaSession two = engine(30500, new AudioSource.Silence(), "two.wav").open(call("d2"));
    List<Character> received = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    Subscription subscription =
        two.onDtmfReceived(
            digit -> {
              threads.add(Thread.currentThread().getName());
              received.add(digit);
            });
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(500);

    one.sendDtmf("1#9");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (received.size() < 3 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(received).containsExactly('1', '#', '9');
    assertThat(threads).containsOnly("switchboard-audio-events");

    subscription.close();
    one.sendDtmf("5");
    Thread.sleep(600);
    assertThat(received).containsExactly('1', '#', '9');
  }

  @Test
  void dtmfRefusesWhatIsNotADigit() {
    MediaSession one = engine(30400, new AudioSource.Silence(), "one.wav").open(call("x1"));
    MediaSession two = engine(30500, new AudioSource.Silence(), "two.wav").open(call("x2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    assertThatThrownBy(() -> one.sendDtmf("12x"))
        .isInstanceOf(MediaException.class)
        .hasMessageContaining("'X'");
  }

  @Test
  void dtmfWithoutTelephoneEventIsRefused() {
    MediaSession one = engine(30700, new AudioSource.Silence(), "one.wav").open(call("n1"));
    MediaSession two = engine(30750, new AudioSource.Silence(), "two.wav").open(call("n2"));
    one.start(
        new NegotiatedMedia(two.localEndpoint(), AudioCodec.PCMU, null, MediaDirection.SENDRECV));
    assertThatThrownBy(() -> one.sendDtmf("1")).isInstanceOf(MediaException.class);
  }

  @Test
  void aWavFileSourceArrives() throws Exception {
    Path prompt = dir.resolve("prompt.wav");
    Wav.writeTone(prompt, 600, 44100, 2, 1.0); // stereo 44.1 kHz: converted and looped
    MediaSession one = engine(30800, new AudioSource.WavFile(prompt), "one.wav").open(call("w1"));
    MediaSession two = engine(30900, new AudioSource.Silence(), "two.wav").open(call("w2"));
    one.start(towards(two, MediaDirection.SENDRECV));
    two.start(towards(one, MediaDirection.SENDRECV));
    Thread.sleep(2500);
    one.close();
    two.close();

    ToneAnalysis heardByTwo = ToneAnalysis.of(dir.resolve("two.wav"));
    assertThat(heardByTwo.isTone(600, 30)).as("two heard %s", heardByTwo).isTrue();
    assertThat(ToneAnalysis.of(dir.resolve("one.wav")).isSilent()).isTrue();
  }

  @Test
  void closingRightAfterStartNeverThrowsNorLeaksMediaThreads() throws Exception {
    LibjitsiMediaEngine engine = engine(30960, new AudioSource.Tone(500), "r-{call}.wav");
    for (int i = 0; i < 10; i++) {
      MediaSession one = engine.open(call("r" + i));
      MediaSession two = engine.open(call("s" + i));
      one.start(towards(two, MediaDirection.SENDRECV));
      two.start(towards(one, MediaDirection.SENDRECV));
      one.close();
      two.close();
    }
    assertThat(engine.openSessions()).isEmpty();
    Thread.sleep(2000); // young streams are closed once 500 ms old, refusals retried for 1 s
    assertThat(mediaThreads()).as("media threads left running").isEmpty();
  }

  /** Threads of our frame sources and of FMJ processors and receive streams. */
  private static List<String> mediaThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(
            name ->
                name.startsWith("switchboard-source-")
                    || name.startsWith("FMJ Thread")
                    || name.startsWith("Loop thread")
                    || name.startsWith("RawBufferStream")
                    || name.startsWith("net.sf.fmj.media.rtp.RTPSourceStream"))
        .toList();
  }

  @Test
  void startingWithAnotherCodecIsRefused() {
    LibjitsiMediaEngine engine = engine(30980, new AudioSource.Silence(), "x.wav");
    MediaSession session = engine.open(call("g"));
    NegotiatedMedia pcma =
        new NegotiatedMedia(
            session.localEndpoint(),
            new AudioCodec("PCMA", 8000, 8),
            null,
            MediaDirection.SENDRECV);
    assertThatThrownBy(() -> session.start(pcma)).isInstanceOf(MediaException.class);
    session.close();
  }

  @Test
  void openedSessionsAreClosedWithTheEngine() {
    LibjitsiMediaEngine engine = engine(30940, new AudioSource.Silence(), "x.wav");
    MediaSession session = engine.open(call("c1"));
    assertThat(engine.openSessions()).hasSize(1);
    engine.close();
    assertThat(engine.openSessions()).isEmpty();
    assertThatThrownBy(() -> engine.open(call("c2"))).isInstanceOf(MediaException.class);
    session.close();
  }

  @Test
  void openNamesTheCauseWhenNoPortPairIsFree() throws Exception {
    LibjitsiMediaEngine engine =
        LibjitsiMediaEngine.start(
            new MediaSettings(
                "127.0.0.1",
                30590,
                30593,
                new AudioSource.Silence(),
                new AudioSink.WavFile(dir.resolve("x.wav"))));
    closeMe.add(engine);
    MediaSession first = engine.open(call("p1"));
    try (DatagramSocket busy =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 30593))) {
      assertThatThrownBy(() -> engine.open(call("p2")))
          .isInstanceOf(MediaException.class)
          .hasMessageContaining("no free RTP port pair in 30590-30593")
          .hasMessageContaining("Address already in use");
    }
    first.close();
  }

  private static CallId call(String id) {
    return new CallId(id);
  }
}
