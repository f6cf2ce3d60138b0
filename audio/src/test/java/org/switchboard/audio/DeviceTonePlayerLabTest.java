package org.switchboard.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Subscription;
import org.switchboard.core.device.AudioDeviceRole;
import org.switchboard.core.device.DevicePreferences;
import org.switchboard.core.media.CallTone;
import org.switchboard.testkit.BoundedCommand;

/** {@link DeviceTonePlayer} on the lab's PulseAudio null sinks, heard on their monitors. */
@Tag("lab")
@Timeout(40)
class DeviceTonePlayerLabTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  /** The ringtone's two notes (C5 and E5): either may be the dominant one. */
  private static final double[] RING_NOTES = {523.25, 659.25};

  @TempDir Path scratch;

  @SuppressWarnings("NullAway.Init")
  private PulseLabFixture lab;

  @SuppressWarnings("NullAway.Init")
  private PulseAudioDevices devices;

  @SuppressWarnings("NullAway.Init")
  private DeviceTonePlayer tones;

  @BeforeEach
  void connect() {
    lab = new PulseLabFixture(scratch);
    devices = PulseAudioDevices.connect(lab.server());
    tones = DeviceTonePlayer.on(devices);
  }

  @AfterEach
  void cleanUp() {
    tones.close();
    devices.close();
    lab.close();
  }

  @Test
  void theRingtoneRingsOnTwoRingerSinksAtOnceWithRingOnAllPresent() throws Exception {
    String headset = plug("ringhead", "Ring-Headset");
    String speaker = plug("ringspk", "Ring-Speaker");
    devices.setPreferences(
        new DevicePreferences(List.of(), List.of(), List.of(headset, speaker), true, Map.of()));
    lab.recordSink(headset, Duration.ofMillis(600));
    lab.recordSink(speaker, Duration.ofMillis(600));

    Subscription ringing = tones.play(CallTone.RINGTONE);

    await(() -> streamsOn(headset) == 1 && streamsOn(speaker) == 1);
    lab.awaitAnyTone(headset, WAIT, RING_NOTES);
    lab.awaitAnyTone(speaker, WAIT, RING_NOTES);
    ringing.close();
    await(() -> streamsOn(headset) == 0 && streamsOn(speaker) == 0);
  }

  @Test
  void ringbackPlaysOnThePlaybackSinkUntilItIsClosed() throws Exception {
    String earpiece = plug("earpiece", "Earpiece");
    devices.setPreferences(
        new DevicePreferences(List.of(), List.of(earpiece), List.of(), false, Map.of()));
    await(() -> devices.active(AudioDeviceRole.PLAYBACK) != null);

    Subscription ringback = tones.play(CallTone.RINGBACK);

    lab.awaitTone(earpiece, 425, WAIT);
    ringback.close();
    await(() -> streamsOn(earpiece) == 0);
    assertThat(PulseLabFixture.analyse(lab.recordSink(earpiece, Duration.ofMillis(600))).isSilent())
        .isTrue();
  }

  @Test
  void theZipToneEndsByItself() throws Exception {
    String earpiece = plug("zipear", "Zip-Earpiece");
    devices.setPreferences(
        new DevicePreferences(List.of(), List.of(earpiece), List.of(), false, Map.of()));
    await(() -> devices.active(AudioDeviceRole.PLAYBACK) != null);

    tones.play(CallTone.ZIP);

    await(() -> streamsOn(earpiece) == 1);
    await(() -> tones.playingCount() == 0 && streamsOn(earpiece) == 0);
  }

  private String plug(String base, String description) {
    String name = lab.unique(base);
    lab.plugSink(name, description);
    await(() -> devices.list(AudioDeviceRole.PLAYBACK).stream().anyMatch(d -> d.id().equals(name)));
    return name;
  }

  /** How many playback streams PulseAudio has on {@code sink} now. */
  private int streamsOn(String sink) {
    String sinks = pactl("list", "short", "sinks");
    String index = null;
    for (String line : sinks.split("\n")) {
      String[] columns = line.split("\t");
      if (columns.length > 1 && columns[1].equals(sink)) {
        index = columns[0];
      }
    }
    int count = 0;
    for (String line : pactl("list", "short", "sink-inputs").split("\n")) {
      String[] columns = line.split("\t");
      if (columns.length > 1 && columns[1].equals(index)) {
        count++;
      }
    }
    return count;
  }

  private String pactl(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("pactl"));
    command.addAll(List.of(args));
    BoundedCommand.Result result =
        BoundedCommand.run(command, Map.of("PULSE_SERVER", lab.server()), null, WAIT);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + WAIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
