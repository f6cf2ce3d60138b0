package org.switchboard.app.incoming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/** The Java Sound ringer: plays on its own thread, stops when told, fails softly. */
class SoundRingerTest {
  private static final RingCadence SHORT =
      new RingCadence(8000, 440, 480, Duration.ofMillis(100), Duration.ofMillis(100), 0.25);

  private static Mixer.Info mixer(String name, String description) {
    return new Mixer.Info(name, "vendor", description, "1") {};
  }

  /** A line that records what is written to it and what is done with it. */
  private static final class RecordingLine {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final List<String> actions = new CopyOnWriteArrayList<>();
    final CountDownLatch wroteTwoCycles = new CountDownLatch(1);

    SourceDataLine line() {
      return (SourceDataLine)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {SourceDataLine.class},
              (proxy, method, args) -> {
                if (method.getName().equals("write")) {
                  synchronized (written) {
                    written.write((byte[]) args[0], (int) args[1], (int) args[2]);
                    if (written.size() >= 2 * SHORT.cycle().length) {
                      wroteTwoCycles.countDown();
                    }
                  }
                  return args[2];
                }
                actions.add(method.getName());
                return method.getReturnType() == boolean.class ? false : null;
              });
    }
  }

  @Test
  void playsTheCadenceOnTheRingerThreadUntilStopped() throws Exception {
    RecordingLine line = new RecordingLine();
    List<String> devices = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    SoundRinger ringer =
        new SoundRinger(
            () -> "Headset",
            SHORT,
            (device, format, buffer) -> {
              devices.add(String.valueOf(device));
              threads.add(Thread.currentThread().getName());
              return line.line();
            });

    ringer.start();
    ringer.start();
    assertThat(line.wroteTwoCycles.await(10, TimeUnit.SECONDS)).isTrue();
    ringer.stop();
    assertThat(ringer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();

    assertThat(devices).containsExactly("Headset");
    assertThat(threads).containsExactly("ringer");
    byte[] cycle = SHORT.cycle();
    byte[] played;
    synchronized (line.written) {
      played = line.written.toByteArray();
    }
    assertThat(played.length % 2).isZero();
    for (int i = 0; i < played.length; i++) {
      assertThat(played[i]).as("byte %s", i).isEqualTo(cycle[i % cycle.length]);
    }
    assertThat(line.actions).containsSubsequence("start", "stop", "flush", "close");
    ringer.close();
  }

  @Test
  void withNoAudioDeviceStartAndStopNeitherThrowNorBlock() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    SoundRinger ringer =
        new SoundRinger(
            () -> null,
            SHORT,
            (device, format, buffer) -> {
              attempts.incrementAndGet();
              throw new LineUnavailableException("no audio device");
            });

    assertThatCode(
            () -> {
              ringer.start();
              ringer.stop();
              ringer.start();
              ringer.stop();
            })
        .doesNotThrowAnyException();
    assertThat(ringer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
    assertThat(attempts.get()).isBetween(0, 2);
    ringer.close();
  }

  @Test
  void theRealJavaSoundLineFailsSoftlyWhereThereIsNoDevice() throws Exception {
    // Without a sound card (CI) the ringer thread's attempt fails, logs once and ends; with one,
    // it rings until stopped. Either way nothing reaches the caller.
    SoundRinger ringer = new SoundRinger(() -> "no such device");
    assertThatCode(ringer::start).doesNotThrowAnyException();
    boolean failedAtOnce = ringer.awaitIdle(2, TimeUnit.SECONDS);
    assertThatCode(ringer::stop).doesNotThrowAnyException();
    assertThat(ringer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
    assertThatCode(
            () -> {
              ringer.start();
              ringer.stop();
              ringer.close();
              ringer.start();
            })
        .doesNotThrowAnyException();
    assertThat(ringer.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
    System.out.println("Java Sound line " + (failedAtOnce ? "unavailable" : "played"));
  }

  @Test
  void aMixerIsChosenByNameThenByPartOfItsNameOrDescription() {
    List<Mixer.Info> mixers =
        List.of(
            mixer("default [default]", "Default Audio Device"),
            mixer("USB Headset [plughw:1,0]", "Jabra Evolve 40"),
            mixer("Speakers", "Built-in speakers"));

    assertThat(SoundRinger.chooseMixer("speakers", mixers)).contains(mixers.get(2));
    assertThat(SoundRinger.chooseMixer("Jabra Evolve", mixers)).contains(mixers.get(1));
    assertThat(SoundRinger.chooseMixer("USB Headset", mixers)).contains(mixers.get(1));
    assertThat(SoundRinger.chooseMixer("Bluetooth", mixers)).isEmpty();
    assertThat(SoundRinger.chooseMixer(null, mixers)).isEmpty();
    assertThat(SoundRinger.chooseMixer(" ", mixers)).isEmpty();
  }
}
