package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.call.CallId;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.media.AudioSink;
import org.switchboard.core.media.AudioSource;
import org.switchboard.core.media.MediaDirection;
import org.switchboard.core.media.MediaSession;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.ToneAnalysis;

/**
 * Real devices through the lab's PulseAudio (lab/lab.sh start): null sinks {@code mic} and {@code
 * spk}, default source {@code micsrc} remapping {@code mic.monitor}. Runs in surefire's {@code
 * lab-tests} JVM, whose PULSE_SERVER is the lab's (libjitsi reads it from the environment).
 */
@Tag("lab")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LibjitsiLabTest {
  @TempDir Path dir;
  private final List<AutoCloseable> closeMe = new CopyOnWriteArrayList<>();
  private final List<Process> processes = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void labIsUp() {
    String lab = Lab.load().pulseServer(); // fails saying how to start the lab
    assertThat(System.getenv("PULSE_SERVER"))
        .as(
            "surefire's PULSE_SERVER must be the lab's; build with -Dswitchboard.pulseServer=%s,"
                + " or -DskipLabTests",
            lab)
        .isEqualTo(lab);
  }

  @AfterEach
  void stopAll() throws Exception {
    for (Process p : processes) {
      p.destroy();
      if (!p.waitFor(3, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    for (AutoCloseable c : closeMe) {
      c.close();
    }
  }

  @Test
  void listsPulseDevicesDefaultFirstWithStableIds() {
    LibjitsiAudioDevices devices = LibjitsiAudioDevices.start();
    List<AudioDevice> capture = devices.list(AudioDeviceRole.CAPTURE);
    List<AudioDevice> playback = devices.list(AudioDeviceRole.PLAYBACK);
    // libjitsi lists "follow PulseAudio's default" first; monitors are not capture devices
    assertThat(capture).extracting(AudioDevice::id).first().isEqualTo("pulseaudio:");
    assertThat(capture)
        .extracting(AudioDevice::id)
        .contains("pulseaudio:micsrc")
        .doesNotContain("pulseaudio:mic.monitor");
    assertThat(capture).extracting(AudioDevice::name).contains("Headset-Mic");
    assertThat(playback).extracting(AudioDevice::id).first().isEqualTo("pulseaudio:");
    assertThat(playback).extracting(AudioDevice::id).contains("pulseaudio:spk", "pulseaudio:mic");
    assertThat(devices.list(AudioDeviceRole.RINGER)).isNotEmpty();
    devices.addChangeListener(() -> {}).close();
  }

  @Test
  void aNamedCaptureDeviceIsUsed() throws Exception {
    Path tone = dir.resolve("600.wav");
    Wav.writeTone(tone, 600, 44100, 1, 20);
    start("paplay", "-d", "mic", tone.toString());
    MediaSession agent =
        engine(30450, new AudioSource.Device("pulseaudio:micsrc"), new AudioSink.Discard())
            .open(new CallId("lab-named-agent"));
    MediaSession peer =
        engine(30550, new AudioSource.Silence(), wav("named.wav")).open(new CallId("lab-named"));
    agent.start(LibjitsiMediaEngineTest.towards(peer, MediaDirection.SENDRECV));
    peer.start(LibjitsiMediaEngineTest.towards(agent, MediaDirection.SENDRECV));
    Thread.sleep(2500);
    agent.close();
    peer.close();
    ToneAnalysis heard = ToneAnalysis.of(dir.resolve("named.wav"));
    assertThat(heard.isTone(600, 30)).as("peer heard %s", heard).isTrue();
  }

  @Test
  void deviceSourceSendsWhatThePulseMicrophoneHears() throws Exception {
    Path tone = dir.resolve("700.wav");
    Wav.writeTone(tone, 700, 44100, 1, 20);
    start("paplay", "-d", "mic", tone.toString());

    MediaSession agent =
        engine(30050, new AudioSource.Device(null), new AudioSink.Discard())
            .open(new CallId("lab-src-agent"));
    MediaSession peer =
        engine(30150, new AudioSource.Silence(), wav("peer.wav")).open(new CallId("lab-src-peer"));
    agent.start(LibjitsiMediaEngineTest.towards(peer, MediaDirection.SENDRECV));
    peer.start(LibjitsiMediaEngineTest.towards(agent, MediaDirection.SENDRECV));
    Thread.sleep(3000);
    agent.close();
    peer.close();

    ToneAnalysis heard = ToneAnalysis.of(dir.resolve("peer.wav"));
    assertThat(heard.isTone(700, 30)).as("peer heard %s", heard).isTrue();
  }

  @Test
  void deviceSinkPlaysThePeerIntoThePulseSpeaker() throws Exception {
    MediaSession agent =
        engine(30250, new AudioSource.Silence(), new AudioSink.Device(null))
            .open(new CallId("lab-sink-agent"));
    MediaSession peer =
        engine(30350, new AudioSource.Tone(900), new AudioSink.Discard())
            .open(new CallId("lab-sink-peer"));
    agent.start(LibjitsiMediaEngineTest.towards(peer, MediaDirection.SENDRECV));
    peer.start(LibjitsiMediaEngineTest.towards(agent, MediaDirection.SENDRECV));
    Thread.sleep(1000);

    Process parec =
        start("parec", "-d", "spk.monitor", "--rate=8000", "--channels=1", "--format=s16le");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(parec.getInputStream(), raw), "parec-reader");
    reader.start();
    Thread.sleep(2500);
    parec.destroy();
    parec.waitFor(3, TimeUnit.SECONDS);
    reader.join(3000);
    agent.close();
    peer.close();

    byte[] bytes = raw.toByteArray();
    double[] samples = new double[bytes.length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768.0;
    }
    assertThat(samples.length).as("seconds recorded x 8000").isGreaterThan(8000);
    ToneAnalysis played = ToneAnalysis.of(samples, 8000);
    assertThat(played.isTone(900, 30)).as("speaker played %s", played).isTrue();
  }

  private LibjitsiMediaEngine engine(int firstPort, AudioSource source, AudioSink sink) {
    LibjitsiMediaEngine engine =
        LibjitsiMediaEngine.start(
            new MediaSettings("127.0.0.1", firstPort, firstPort + 49, source, sink));
    closeMe.add(engine);
    return engine;
  }

  private AudioSink wav(String name) {
    return new AudioSink.WavFile(dir.resolve(name));
  }

  private Process start(String... command) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectError(dir.resolve(command[0] + ".err").toFile())
            .start();
    processes.add(p);
    return p;
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process was stopped: what was read so far is the recording
    }
  }
}
