package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.audio.internal.engine.ConfiguredMediaIo;
import org.switchboard.audio.internal.engine.DeviceStreams;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.call.CallId;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;

/**
 * Real calls on the RTP engine whose microphone and earpiece are PulseAudio devices (the lab's
 * server, with "headsets" plugged and unplugged by pactl): the far end's tone is heard on the
 * headset, a tone played into the headset's microphone reaches the far end, a switch mid-call moves
 * the audio, and unplugging the headset mid-call falls back without dropping the call.
 */
@Tag("lab")
@Timeout(60)
class DeviceCallLabTest {
  private static final Duration WAIT = Duration.ofSeconds(6);

  @TempDir Path scratch;

  @SuppressWarnings("NullAway.Init")
  private PulseLabFixture lab;

  @SuppressWarnings("NullAway.Init")
  private PulseAudioDevices devices;

  @SuppressWarnings("NullAway.Init")
  private RtpMediaEngine agent;

  private final TestIo farEndIo = new TestIo(1000);
  private final RtpMediaEngine farEnd = RtpMediaEngine.start("127.0.0.1", 43100, 43199, farEndIo);

  @BeforeEach
  void connect() {
    lab = new PulseLabFixture(scratch);
    devices = PulseAudioDevices.connect(lab.server());
    DeviceStreams streams =
        new DeviceStreams() {
          @Override
          public FrameInput capture(int sampleRate, @Nullable String deviceId) {
            return devices.capture(sampleRate, deviceId);
          }

          @Override
          public FrameOutput playback(int sampleRate, @Nullable String deviceId) {
            return devices.playback(sampleRate, deviceId);
          }
        };
    agent =
        RtpMediaEngine.start(
            "127.0.0.1",
            43000,
            43099,
            new ConfiguredMediaIo(
                new AudioSource.Device(null), new AudioSink.Device(null), streams));
  }

  @AfterEach
  void cleanUp() {
    agent.close();
    farEnd.close();
    devices.close();
    lab.close();
  }

  @Test
  void theFarEndIsHeardOnTheHeadsetAndTheHeadsetMicrophoneReachesTheFarEnd() throws Exception {
    String headset = lab.unique("headset");
    String mic = lab.unique("headset-mic");
    lab.plugSink(headset, "USB-Headset");
    String micSink = lab.unique("mic-in");
    lab.plugSink(micSink, "Mic-Feed");
    lab.plugSource(mic, micSink, "USB-Headset-Mic");
    awaitListed(headset, AudioDeviceRole.PLAYBACK);
    awaitListed(mic, AudioDeviceRole.CAPTURE);
    devices.setPreferences(prefs(List.of(mic), List.of(headset)));

    call(AudioCodec.G722);

    lab.awaitTone(headset, 1000, WAIT);
    lab.playTone(micSink, 600, Duration.ofSeconds(6));
    Thread.sleep(1000);
    farEndIo.clearPlayed();
    Thread.sleep(2000);
    assertThat(farEndIo.played().isTone(600, 20))
        .as("far end heard %s", farEndIo.played())
        .isTrue();
  }

  @Test
  void unpluggingTheHeadsetMidCallFallsBackToTheSpeakerAndTheCallGoesOn() throws Exception {
    String headset = lab.unique("headset");
    int module = lab.plugSink(headset, "USB-Headset");
    awaitListed(headset, AudioDeviceRole.PLAYBACK);
    devices.setPreferences(prefs(List.of(), List.of(headset, "spk")));
    MediaSession session = call(AudioCodec.PCMU);
    lab.awaitTone(headset, 1000, WAIT);

    lab.unplug(module);

    lab.awaitTone("spk", 1000, WAIT);
    assertThat(agent.openSessions()).hasSize(1);
    assertThat(session.localEndpoint().port()).isPositive();
  }

  @Test
  void switchingTheEarpieceMidCallMovesTheAudio() throws Exception {
    String first = lab.unique("first");
    String second = lab.unique("second");
    lab.plugSink(first, "First");
    lab.plugSink(second, "Second");
    awaitListed(second, AudioDeviceRole.PLAYBACK);
    devices.setPreferences(prefs(List.of(), List.of(first)));
    call(AudioCodec.OPUS);
    lab.awaitTone(first, 1000, WAIT);

    devices.switchTo(AudioDeviceRole.PLAYBACK, second);

    lab.awaitTone(second, 1000, WAIT);
    assertThat(PulseLabFixture.analyse(lab.recordSink(first, Duration.ofMillis(600))).isSilent())
        .isTrue();
  }

  @Test
  void theOutputMeterShowsWhatTheHeadsetPlaysDuringACall() throws Exception {
    String headset = lab.unique("headset");
    lab.plugSink(headset, "USB-Headset");
    awaitListed(headset, AudioDeviceRole.PLAYBACK);
    devices.setPreferences(prefs(List.of(), List.of(headset)));
    java.util.concurrent.BlockingQueue<Double> levels =
        new java.util.concurrent.LinkedBlockingQueue<>();
    try (var meter = devices.outputLevel(headset, levels::add)) {
      Double quiet = levels.poll(3, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(quiet).as("a level before the call").isNotNull();
      assertThat(quiet).isLessThan(0.01);
      call(AudioCodec.PCMU);
      lab.awaitTone(headset, 1000, WAIT);
      levels.clear();
      double loudest = 0;
      for (int i = 0; i < 10; i++) {
        Double level = levels.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        loudest = Math.max(loudest, level == null ? 0 : level);
      }
      assertThat(loudest).as("the far end's tone on the meter").isGreaterThan(0.1);
    }
  }

  private MediaSession call(AudioCodec codec) {
    MediaSession a = agent.open(CallId.random());
    MediaSession b = farEnd.open(CallId.random());
    a.start(new NegotiatedMedia(b.localEndpoint(), codec, null, MediaDirection.SENDRECV));
    b.start(new NegotiatedMedia(a.localEndpoint(), codec, null, MediaDirection.SENDRECV));
    return a;
  }

  private static DevicePreferences prefs(List<String> capture, List<String> playback) {
    return new DevicePreferences(capture, playback, List.of(), false, Map.of());
  }

  private void awaitListed(String id, AudioDeviceRole role) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (devices.list(role).stream().noneMatch(d -> d.id().equals(id))) {
      assertThat(System.nanoTime()).as("%s listed", id).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
