package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallId;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.media.AudioCodec;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaException;
import org.switchboard.core.media.MediaSession;
import org.switchboard.core.media.NegotiatedMedia;
import org.switchboard.testkit.Lab;

/**
 * The engine's public start on {@link PulseAudioDevices}: a call with device source and sink
 * captures from and plays to the devices the routing chose, on the lab's PulseAudio.
 */
@Tag("lab")
@Timeout(30)
class RtpMediaEngineDevicesLabTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir Path scratch;

  @SuppressWarnings("NullAway.Init")
  private PulseLabFixture lab;

  @SuppressWarnings("NullAway.Init")
  private PulseAudioDevices devices;

  private final TestIo peerIo = new TestIo(1000);
  private final String address = Lab.load().localAddress();

  @SuppressWarnings("NullAway.Init")
  private RtpMediaEngine agent;

  @SuppressWarnings("NullAway.Init")
  private RtpMediaEngine peer;

  @BeforeEach
  void start() {
    lab = new PulseLabFixture(scratch);
    devices = PulseAudioDevices.connect(lab.server());
    agent =
        RtpMediaEngine.start(
            new MediaSettings(
                address, 24000, 24099, new AudioSource.Device(null), new AudioSink.Device(null)),
            devices);
    peer = RtpMediaEngine.start(address, 24100, 24199, peerIo);
  }

  @AfterEach
  void stop() {
    agent.close();
    peer.close();
    devices.close();
    lab.close();
  }

  @Test
  void aDeviceCallPlaysOnTheRoutedSpeakerAndSendsTheRoutedMicrophone() throws Exception {
    String speaker = lab.unique("callspk");
    String master = lab.unique("callmaster");
    String mic = lab.unique("callmic");
    lab.plugSink(speaker, "Call-Speaker");
    lab.plugSink(master, "Call-Mic-Master");
    lab.plugSource(mic, master, "Call-Mic");
    awaitListed(AudioDeviceRole.CAPTURE, mic);
    awaitListed(AudioDeviceRole.PLAYBACK, speaker);
    devices.setPreferences(
        new DevicePreferences(List.of(mic), List.of(speaker), List.of(), false, Map.of()));
    lab.playTone(master, 600, Duration.ofSeconds(10));

    MediaSession a = agent.open(CallId.random());
    MediaSession b = peer.open(CallId.random());
    a.start(media(b));
    b.start(media(a));

    lab.awaitTone(speaker, 1000, WAIT);
    awaitPeerHears(600);
  }

  @Test
  void withoutDevicesADeviceCallFailsNamingTheMissingSoundServer() {
    RtpMediaEngine deaf =
        RtpMediaEngine.start(
            new MediaSettings(
                address, 24200, 24299, new AudioSource.Device(null), new AudioSink.Device(null)),
            (PulseAudioDevices) null);
    try {
      MediaSession a = deaf.open(CallId.random());
      MediaSession b = peer.open(CallId.random());
      assertThatThrownBy(() -> a.start(media(b)))
          .isInstanceOf(MediaException.class)
          .hasMessageContaining("no sound server");
    } finally {
      deaf.close();
    }
  }

  private static NegotiatedMedia media(MediaSession other) {
    return new NegotiatedMedia(
        other.localEndpoint(),
        AudioCodec.PCMU,
        AudioCodec.TELEPHONE_EVENT,
        MediaDirection.SENDRECV);
  }

  private void awaitPeerHears(double hz) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      peerIo.clearPlayed();
      Thread.sleep(700);
      if (peerIo.played().isTone(hz, 15)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the peer hears " + peerIo.played() + ", not " + hz + " Hz");
      }
    }
  }

  private void awaitListed(AudioDeviceRole role, String id) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (devices.list(role).stream().noneMatch(d -> d.id().equals(id))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(id + " is not listed as " + role);
      }
      Thread.sleep(50);
    }
  }
}
