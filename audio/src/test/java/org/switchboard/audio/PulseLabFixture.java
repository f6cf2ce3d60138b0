package org.switchboard.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.switchboard.testkit.BoundedCommand;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.ToneAnalysis;

/**
 * The lab's PulseAudio as a test bench: plugs and unplugs "headsets" (null sinks and sources
 * remapped from a sink's monitor) with {@code pactl}, plays tones into sinks with {@code paplay}
 * and records what a sink played from its monitor with {@code parec}. Everything it loads is
 * unloaded by {@link #close}.
 */
final class PulseLabFixture implements AutoCloseable {
  static final int RATE = 16_000;
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String server;
  private final Path scratch;
  private final List<Integer> modules = new ArrayList<>();
  private final List<Process> players = new ArrayList<>();
  private final Map<String, Path> monitors = new HashMap<>();
  private final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);

  PulseLabFixture(Path scratch) {
    this(scratch, Lab.load().pulseServer());
  }

  /** A bench on another PulseAudio server ({@code unix:/path}). */
  PulseLabFixture(Path scratch, String server) {
    this.server = server;
    this.scratch = scratch;
  }

  String server() {
    return server;
  }

  /** A unique device name for this test: {@code <base>_<tag>}. */
  String unique(String base) {
    return base + "_" + tag;
  }

  /** Plugs a "headset" speaker: a null sink called {@code name}. */
  int plugSink(String name, String description) {
    return load(
        "module-null-sink",
        "sink_name=" + name,
        "sink_properties=device.description=" + description);
  }

  /** Plugs a "headset" microphone: a source remapped from {@code masterSink}'s monitor. */
  int plugSource(String name, String masterSink, String description) {
    return load(
        "module-remap-source",
        "source_name=" + name,
        "master=" + masterSink + ".monitor",
        "source_properties=device.description=" + description);
  }

  int load(String... moduleAndArgs) {
    List<String> command = new ArrayList<>(List.of("pactl", "load-module"));
    command.addAll(List.of(moduleAndArgs));
    String out = pactl(command).trim();
    int index = Integer.parseInt(out);
    modules.add(index);
    return index;
  }

  /** Unplugs what {@link #load} loaded. */
  void unplug(int module) {
    pactl(List.of("pactl", "unload-module", Integer.toString(module)));
    modules.remove(Integer.valueOf(module));
  }

  private void background(String... command) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve(command[0] + "-" + players.size() + ".log").toFile());
      builder.environment().put("PULSE_SERVER", server);
      players.add(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plays a tone of {@code hz} into {@code sink} in the background for {@code length}. */
  void playTone(String sink, double hz, Duration length) {
    Path wav = scratch.resolve("tone-" + (int) hz + "-" + players.size() + ".wav");
    writeTone(wav, hz, length);
    try {
      ProcessBuilder builder =
          new ProcessBuilder("paplay", "-d", sink, wav.toString())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("paplay.log").toFile());
      builder.environment().put("PULSE_SERVER", server);
      players.add(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Records {@code length} of what {@code sink} plays, mono at 16 kHz, from the sink's monitor. A
   * recorder per sink stays connected from the first use (or the plug) on: a fresh null sink runs
   * in 2 s blocks until a low-latency stream has been attached for one block, so recordings are
   * taken from an already flowing monitor.
   */
  double[] recordSink(String sink, Duration length) throws InterruptedException {
    Path file = monitor(sink);
    long from = size(file);
    Thread.sleep(length.toMillis());
    long to = size(file);
    try {
      byte[] all = Files.readAllBytes(file);
      int end = (int) Math.min(all.length, to) & ~1;
      int start = (int) Math.min(end, from) & ~1;
      if (end - start < RATE) {
        throw new AssertionError(
            "the monitor of " + sink + " delivered only " + (end - start) + " bytes in " + length);
      }
      return toSamples(java.util.Arrays.copyOfRange(all, start, end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits up to {@code within} until {@code sink} plays a tone of {@code hz} (±15 Hz) for 0.3 s,
   * counting from now; returns the analysis of that stretch.
   *
   * @throws AssertionError naming what was heard instead
   */
  ToneAnalysis awaitTone(String sink, double hz, Duration within) throws InterruptedException {
    return awaitAnyTone(sink, within, hz);
  }

  /** Like {@link #awaitTone} for a tone whose dominant frequency is any of {@code hzs}. */
  ToneAnalysis awaitAnyTone(String sink, Duration within, double... hzs)
      throws InterruptedException {
    Path file = monitor(sink);
    long from = size(file) & ~1L;
    long deadline = System.nanoTime() + within.toNanos();
    ToneAnalysis last = new ToneAnalysis(0, 0, 0);
    int window = RATE * 2 * 3 / 10;
    long checked = from;
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      long to = size(file) & ~1L;
      while (checked + window <= to) {
        last = analyse(toSamples(slice(file, checked, window)));
        for (double hz : hzs) {
          if (last.isTone(hz, 15)) {
            return last;
          }
        }
        checked += window / 3 & ~1L;
      }
    }
    throw new AssertionError(
        "no "
            + java.util.Arrays.toString(hzs)
            + " Hz tone on "
            + sink
            + " within "
            + within
            + "; last heard: "
            + last);
  }

  private static byte[] slice(Path file, long from, int length) {
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(length);
      channel.read(buffer, from);
      return buffer.array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path monitor(String sink) throws InterruptedException {
    Path file = monitors.get(sink);
    if (file != null) {
      return file;
    }
    Path started = scratch.resolve("monitor-" + sink + ".raw");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(
                  "parec",
                  "-d",
                  sink + ".monitor",
                  "--format=s16le",
                  "--channels=1",
                  "--rate=" + RATE,
                  "--latency-msec=20",
                  started.toString())
              .redirectErrorStream(true)
              .redirectOutput(scratch.resolve("parec-" + sink + ".log").toFile());
      builder.environment().put("PULSE_SERVER", server);
      players.add(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    monitors.put(sink, started);
    // flowing: the monitor grew in each of three 100 ms steps
    long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
    int growing = 0;
    long last = size(started);
    while (growing < 3) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the monitor of " + sink + " does not flow");
      }
      Thread.sleep(100);
      long now = size(started);
      growing = now > last ? growing + 1 : 0;
      last = now;
    }
    return started;
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToneAnalysis analyse(double[] samples) {
    return ToneAnalysis.of(samples, RATE);
  }

  /** Each source output's source name, by the output's media.name. */
  Map<String, String> sourceOfEachRecordStream() {
    Map<Integer, String> sources = new HashMap<>();
    for (JsonNode source : json("list", "sources")) {
      sources.put(source.path("index").asInt(), source.path("name").asText());
    }
    Map<String, String> out = new HashMap<>();
    for (JsonNode output : json("list", "source-outputs")) {
      out.put(
          output.path("properties").path("media.name").asText(),
          sources.getOrDefault(output.path("source").asInt(), "?"));
    }
    return out;
  }

  private JsonNode json(String... args) {
    List<String> command = new ArrayList<>(List.of("pactl", "-f", "json"));
    command.addAll(List.of(args));
    try {
      return JSON.readTree(pactl(command));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String pactl(List<String> command) {
    BoundedCommand.Result result =
        BoundedCommand.run(command, Map.of("PULSE_SERVER", server), null, COMMAND_TIMEOUT);
    if (result.exitCode() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + result.output());
    }
    return result.output();
  }

  private static double[] toSamples(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    double[] samples = new double[bytes.length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = buffer.getShort() / 32768.0;
    }
    return samples;
  }

  static void writeTone(Path wav, double hz, Duration length) {
    int count = (int) (RATE * length.toMillis() / 1000);
    ByteBuffer bytes = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      bytes.putShort(
          (short) Math.round(0.3 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * i / RATE)));
    }
    AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
    try (AudioInputStream in =
        new AudioInputStream(new java.io.ByteArrayInputStream(bytes.array()), format, count)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 20 ms frame of a tone, phase-continuous from {@code frameIndex}. */
  static short[] toneFrame(double hz, long frameIndex) {
    short[] frame = new short[RATE / 50];
    for (int i = 0; i < frame.length; i++) {
      long n = frameIndex * frame.length + i;
      frame[i] = (short) Math.round(0.3 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * n / RATE));
    }
    return frame;
  }

  @Override
  public void close() {
    for (Process player : players) {
      player.destroy();
      try {
        player.waitFor(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (int module : List.copyOf(modules)) {
      try {
        unplug(module);
      } catch (AssertionError e) {
        // already gone (the test unplugged it)
      }
    }
  }
}
