package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.audio.internal.frame.FrameInput;
import org.switchboard.audio.internal.frame.FrameOutput;
import org.switchboard.core.device.AudioDevice;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.testkit.ToneAnalysis;

/** {@link PulseAudioDevices} against the lab's PulseAudio, with headsets plugged by pactl. */
@Tag("lab")
@Timeout(30)
class PulseAudioDevicesLabTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir Path scratch;

  @SuppressWarnings("NullAway.Init")
  private PulseLabFixture lab;

  @SuppressWarnings("NullAway.Init")
  private PulseAudioDevices devices;

  private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

  @BeforeEach
  void connect() {
    lab = new PulseLabFixture(scratch);
    devices = PulseAudioDevices.connect(lab.server());
    devices.onActiveDeviceChanged(
        (role, device, reason) ->
            changes.add(
                role
                    + " "
                    + (device == null ? "default" : device.id())
                    + " "
                    + reason
                    + " "
                    + Thread.currentThread().getName()));
  }

  @AfterEach
  void cleanUp() {
    clock.shutdownNow();
    devices.close();
    lab.close();
  }

  @Test
  void listsMicrophonesAndOutputsPerRoleByServerNameWithoutMonitors() {
    assertThat(devices.list(AudioDeviceRole.CAPTURE))
        .contains(new AudioDevice("micsrc", "Headset-Mic", AudioDeviceRole.CAPTURE))
        .noneMatch(d -> d.id().endsWith(".monitor"));
    assertThat(devices.list(AudioDeviceRole.PLAYBACK))
        .contains(new AudioDevice("spk", "Speaker", AudioDeviceRole.PLAYBACK));
    assertThat(devices.list(AudioDeviceRole.RINGER))
        .contains(new AudioDevice("spk", "Speaker", AudioDeviceRole.RINGER));
  }

  @Test
  void aPluggedPreferredHeadsetBecomesActiveAndIsListed() throws Exception {
    String headset = lab.unique("headset");
    devices.setPreferences(prefs(List.of(), List.of(headset, "spk")));
    assertThat(devices.active(AudioDeviceRole.PLAYBACK))
        .extracting(AudioDevice::id)
        .isEqualTo("spk");

    lab.plugSink(headset, "USB-Headset");

    awaitChange("PLAYBACK " + headset + " PREFERRED_APPEARED switchboard-audio-events");
    assertThat(devices.active(AudioDeviceRole.PLAYBACK))
        .extracting(AudioDevice::id)
        .isEqualTo(headset);
    assertThat(devices.list(AudioDeviceRole.PLAYBACK))
        .contains(new AudioDevice(headset, "USB-Headset", AudioDeviceRole.PLAYBACK));
  }

  @Test
  void unpluggingTheActiveHeadsetFallsBackAndTheCallAudioIsHeardOnTheFallback() throws Exception {
    String headset = lab.unique("headset");
    int module = lab.plugSink(headset, "USB-Headset");
    awaitListed(headset);
    devices.setPreferences(prefs(List.of(), List.of(headset, "spk")));
    FrameOutput call = devices.playback(PulseLabFixture.RATE, null);
    AtomicLong written = startTone(call, 1000);

    lab.awaitTone(headset, 1000, WAIT);
    lab.unplug(module);
    awaitChange("PLAYBACK spk DEVICE_LOST switchboard-audio-events");
    long before = written.get();
    lab.awaitTone("spk", 1000, WAIT);

    assertThat(written.get()).as("the call kept writing frames").isGreaterThan(before + 10);
    call.close();
  }

  @Test
  void switchingMidCallMovesTheAudioToTheOtherDevice() throws Exception {
    String first = lab.unique("first");
    String second = lab.unique("second");
    lab.plugSink(first, "First");
    lab.plugSink(second, "Second");
    awaitListed(second);
    devices.setPreferences(prefs(List.of(), List.of(first)));
    FrameOutput call = devices.playback(PulseLabFixture.RATE, null);
    startTone(call, 800);
    lab.awaitTone(first, 800, WAIT);

    devices.switchTo(AudioDeviceRole.PLAYBACK, second);

    awaitChange("PLAYBACK " + second + " REQUESTED switchboard-audio-events");
    lab.awaitTone(second, 800, WAIT);
    assertThat(PulseLabFixture.analyse(lab.recordSink(first, Duration.ofMillis(600))).isSilent())
        .isTrue();
    call.close();
  }

  @Test
  void captureFromAPluggedMicrophoneCarriesTheTonePlayedIntoItsMaster() throws Exception {
    String master = lab.unique("micmaster");
    String mic = lab.unique("headsetmic");
    lab.plugSink(master, "Mic-Master");
    lab.plugSource(mic, master, "USB-Mic");
    devices.setPreferences(prefs(List.of(mic), List.of()));
    await(() -> devices.active(AudioDeviceRole.CAPTURE) != null, "the microphone becomes active");
    FrameInput call = devices.capture(PulseLabFixture.RATE, null);

    lab.playTone(master, 700, Duration.ofSeconds(5));

    ToneAnalysis analysis = awaitCapturedTone(call, 700);
    assertThat(analysis.isTone(700, 15)).as("captured: %s", analysis).isTrue();
    call.close();
  }

  @Test
  void unpluggingTheActiveMicrophoneFallsBackToTheNextOneMidCall() throws Exception {
    String master = lab.unique("lostmaster");
    String mic = lab.unique("lostmic");
    lab.plugSink(master, "Lost-Master");
    int module = lab.plugSource(mic, master, "Lost-Mic");
    awaitListedCapture(mic);
    devices.setPreferences(prefs(List.of(mic, "micsrc"), List.of()));
    FrameInput call = devices.capture(PulseLabFixture.RATE, null);
    lab.playTone(master, 700, Duration.ofSeconds(5));
    assertThat(awaitCapturedTone(call, 700).isTone(700, 15)).isTrue();

    lab.unplug(module);
    awaitChange("CAPTURE micsrc DEVICE_LOST switchboard-audio-events");
    lab.playTone("mic", 1100, Duration.ofSeconds(5));

    ToneAnalysis fallback = awaitCapturedTone(call, 1100);
    assertThat(fallback.isTone(1100, 15)).as("captured after the fallback: %s", fallback).isTrue();
    call.close();
  }

  @Test
  void theInputMeterRisesWithATone() throws Exception {
    String master = lab.unique("metermaster");
    String mic = lab.unique("metermic");
    lab.plugSink(master, "Meter-Master");
    lab.plugSource(mic, master, "Meter-Mic");
    awaitListedCapture(mic);
    BlockingQueue<String> levels = new LinkedBlockingQueue<>();
    java.util.concurrent.atomic.DoubleAccumulator loudest =
        new java.util.concurrent.atomic.DoubleAccumulator(Math::max, 0);
    var meter =
        devices.inputLevel(
            mic,
            level -> {
              levels.add(Thread.currentThread().getName());
              loudest.accumulate(level);
            });
    assertThat(levels.poll(2, TimeUnit.SECONDS)).isEqualTo("switchboard-audio-events");
    assertThat(loudest.get()).as("silence first").isLessThan(0.01);

    lab.playTone(master, 500, Duration.ofSeconds(2));

    await(() -> loudest.get() > 0.2, "the level rises above 0.2");
    meter.close();
  }

  @Test
  void theMicrophoneTestPlaysBackWhatItRecorded() throws Exception {
    String master = lab.unique("testmaster");
    String mic = lab.unique("testmic");
    String speaker = lab.unique("testspeaker");
    lab.plugSink(master, "Test-Master");
    lab.plugSource(mic, master, "Test-Mic");
    lab.plugSink(speaker, "Test-Speaker");
    awaitListed(speaker);
    awaitListedCapture(mic);
    lab.playTone(master, 600, Duration.ofSeconds(2));

    CompletableFuture<Void> test = devices.microphoneTest(mic, speaker, Duration.ofSeconds(1));

    // nothing reaches the speaker while recording; the recording is played back afterwards
    lab.awaitTone(speaker, 600, WAIT);
    test.get(5, TimeUnit.SECONDS);
  }

  @Test
  void theSpeakerTestPlaysATestToneOnTheDeviceAsked() throws Exception {
    String speaker = lab.unique("speaker");
    lab.plugSink(speaker, "Check-Speaker");
    awaitListed(speaker);

    CompletableFuture<Void> test = devices.speakerTest(speaker);

    lab.awaitTone(speaker, 440, WAIT);
    test.get(5, TimeUnit.SECONDS);
  }

  @Test
  void anUnknownDeviceIdIsRefusedWithAMessageNamingIt() {
    assertThatThrownBy(() -> devices.switchTo(AudioDeviceRole.PLAYBACK, "no-such-headset"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no-such-headset'")
        .hasMessageContaining("spk");
    assertThat(devices.speakerTest("no-such-headset"))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .withMessageContaining("'no-such-headset'");
  }

  @Test
  void aCallPinnedToAMissingDeviceFallsBackToTheDeviceInUse() throws Exception {
    FrameOutput call = devices.playback(PulseLabFixture.RATE, "no-such-headset");
    startTone(call, 900);

    lab.awaitTone("spk", 900, WAIT);
    call.close();
  }

  @Test
  void ringingOnAllPresentGivesOneOutputPerPresentRinger() throws Exception {
    String headset = lab.unique("ringheadset");
    lab.plugSink(headset, "Ring-Headset");
    awaitListed(headset);
    devices.setPreferences(
        new DevicePreferences(
            List.of(), List.of(), List.of(headset, "spk", "absent"), true, Map.of()));

    List<FrameOutput> ringers = devices.ringers(PulseLabFixture.RATE);
    for (FrameOutput ringer : ringers) {
      startTone(ringer, 1200);
    }

    assertThat(ringers).hasSize(2);
    lab.awaitTone(headset, 1200, WAIT);
    lab.awaitTone("spk", 1200, WAIT);
    ringers.forEach(FrameOutput::close);
    devices.setPreferences(
        new DevicePreferences(List.of(), List.of(), List.of(headset, "spk"), false, Map.of()));
    List<FrameOutput> one = devices.ringers(PulseLabFixture.RATE);
    assertThat(one).hasSize(1);
    one.forEach(FrameOutput::close);
  }

  @Test
  void echoCancellationMovesTheCallOntoAnEchoCancelSourceOnlyWhenSwitchedOn() throws Exception {
    String master = lab.unique("ecmaster");
    String mic = lab.unique("ecmic");
    lab.plugSink(master, "EC-Master");
    lab.plugSource(mic, master, "EC-Mic");
    awaitListedCapture(mic);
    devices.setPreferences(
        new DevicePreferences(
            List.of(mic), List.of("spk"), List.of(), false, Map.of(mic, AudioProcessing.ALL)));
    FrameInput capture = devices.capture(PulseLabFixture.RATE, null);
    FrameOutput playback = devices.playback(PulseLabFixture.RATE, null);
    startTone(playback, 300);
    short[] frame = new short[PulseLabFixture.RATE / 50];
    clock.scheduleAtFixedRate(() -> capture.read(frame), 0, 20, TimeUnit.MILLISECONDS);

    await(
        () ->
            lab.sourceOfEachRecordStream()
                .getOrDefault("Call microphone", "")
                .equals(mic + ".echo-cancel"),
        "the call's microphone stream on " + mic + ".echo-cancel");

    devices.setPreferences(
        new DevicePreferences(
            List.of(mic), List.of("spk"), List.of(), false, Map.of(mic, AudioProcessing.NONE)));

    await(
        () -> lab.sourceOfEachRecordStream().getOrDefault("Call microphone", "").equals(mic),
        "the call's microphone stream back on " + mic);
    capture.close();
    playback.close();
  }

  private static DevicePreferences prefs(List<String> capture, List<String> playback) {
    return new DevicePreferences(capture, playback, List.of(), false, Map.of());
  }

  /** Writes a tone every 20 ms from a clock thread, like the engine; returns the frame count. */
  private AtomicLong startTone(FrameOutput output, double hz) {
    AtomicLong frames = new AtomicLong();
    clock.scheduleAtFixedRate(
        () -> output.write(PulseLabFixture.toneFrame(hz, frames.getAndIncrement())),
        0,
        20,
        TimeUnit.MILLISECONDS);
    return frames;
  }

  /** Reads 20 ms frames like the clock until the last 0.3 s hold the tone; bounded by WAIT. */
  private static ToneAnalysis awaitCapturedTone(FrameInput input, double hz)
      throws InterruptedException {
    int frameSize = input.sampleRate() / 50;
    int window = 15;
    short[] frame = new short[frameSize];
    double[] last = new double[window * frameSize];
    ToneAnalysis analysis = new ToneAnalysis(0, 0, 0);
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (int f = 0; System.nanoTime() < deadline; f++) {
      Thread.sleep(20);
      input.read(frame);
      System.arraycopy(last, frameSize, last, 0, last.length - frameSize);
      for (int i = 0; i < frameSize; i++) {
        last[last.length - frameSize + i] = frame[i] / 32768.0;
      }
      if (f >= window && f % 5 == 0) {
        analysis = PulseLabFixture.analyse(last);
        if (analysis.isTone(hz, 15)) {
          return analysis;
        }
      }
    }
    return analysis;
  }

  private void awaitChange(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    StringBuilder seen = new StringBuilder();
    while (System.nanoTime() < deadline) {
      String change = changes.poll(100, TimeUnit.MILLISECONDS);
      if (change != null) {
        if (change.equals(expected)) {
          return;
        }
        seen.append(change).append("; ");
      }
    }
    throw new AssertionError("no change '" + expected + "' within " + WAIT + "; saw: " + seen);
  }

  private void awaitListed(String sink) throws InterruptedException {
    await(
        () -> devices.list(AudioDeviceRole.PLAYBACK).stream().anyMatch(d -> d.id().equals(sink)),
        sink + " listed");
  }

  private void awaitListedCapture(String source) throws InterruptedException {
    await(
        () -> devices.list(AudioDeviceRole.CAPTURE).stream().anyMatch(d -> d.id().equals(source)),
        source + " listed");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(50);
    }
  }
}
