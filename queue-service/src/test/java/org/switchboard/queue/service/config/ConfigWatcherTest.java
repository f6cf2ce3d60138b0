package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Subscription;
import org.switchboard.queue.service.routing.Strategy;

@Timeout(30)
class ConfigWatcherTest {
  private static final String LINEAR = "queues:\n  sales:\n    strategy: linear\n";
  private static final String RANDOM = "queues:\n  sales:\n    strategy: random\n";
  private static final String BROKEN = "queues:\n  sales:\n    strategy: fastest\n";

  @TempDir Path dir;

  @SuppressWarnings("NullAway.Init")
  private Path file;

  @SuppressWarnings("NullAway.Init")
  private ConfigWatcher watcher;

  private final Heard heard = new Heard();

  @BeforeEach
  void openTheFirstConfiguration() throws ConfigException {
    file = ConfigFiles.write(dir, "centre.yaml", LINEAR);
    watcher = ConfigWatcher.open(file, new ConfigLoader(Map.of()));
    watcher.addListener(heard);
  }

  @AfterEach
  void stop() {
    watcher.close();
  }

  @Test
  void aGoodFileReplacesTheConfigurationAndListenersGetIt() throws ConfigException {
    write(RANDOM);

    LoadedConfig reloaded = watcher.reload();

    assertThat(strategy(reloaded)).isEqualTo(Strategy.RANDOM);
    assertThat(watcher.current()).isSameAs(reloaded);
    assertThat(heard.changed).containsExactly(reloaded);
    assertThat(heard.rejected).isEmpty();
  }

  @Test
  void aBadFileIsRefusedAndTheLastGoodConfigurationStays() {
    LoadedConfig good = watcher.current();
    write(BROKEN);

    assertThatThrownBy(watcher::reload)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file + ":3:15: queues.sales.strategy: 'fastest' is not one of");

    assertThat(watcher.current()).isSameAs(good);
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.LINEAR);
    assertThat(heard.changed).isEmpty();
    assertThat(heard.rejected).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo(file));
  }

  @Test
  void aFileRemovedIsRefusedAndTheLastGoodConfigurationStays() throws IOException {
    Files.delete(file);

    assertThatThrownBy(watcher::reload).hasMessageEndingWith(file + ": no such file");

    assertThat(strategy(watcher.current())).isEqualTo(Strategy.LINEAR);
  }

  @Test
  void aChangeIsLoadedOnceTwoPollsSeeTheSameContent() {
    write(RANDOM);

    watcher.poll();
    assertThat(heard.changed).as("after one poll: the write may not be finished").isEmpty();
    watcher.poll();

    assertThat(strategy(watcher.current())).isEqualTo(Strategy.RANDOM);
    assertThat(heard.changed).hasSize(1);
  }

  @Test
  void aFileStillBeingWrittenIsNotLoadedUntilItSettles() {
    write("queues:\n  sales:\n    strat");
    watcher.poll();
    write(RANDOM);
    watcher.poll();

    assertThat(heard.rejected).isEmpty();
    assertThat(heard.changed).isEmpty();
    watcher.poll();
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.RANDOM);
  }

  @Test
  void aBadChangeIsReportedOnceAndAFixLaterIsTaken() {
    write(BROKEN);
    watcher.poll();
    watcher.poll();
    watcher.poll();
    watcher.poll();

    assertThat(heard.rejected).hasSize(1);
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.LINEAR);

    write(RANDOM);
    watcher.poll();
    watcher.poll();
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.RANDOM);
  }

  @Test
  void anUnchangedFileIsNotReloaded() {
    watcher.poll();
    watcher.poll();
    watcher.poll();

    assertThat(heard.changed).isEmpty();
    assertThat(heard.rejected).isEmpty();
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheOthersOrTheReload() throws ConfigException {
    List<LoadedConfig> second = new CopyOnWriteArrayList<>();
    watcher.close();
    watcher = ConfigWatcher.open(file, new ConfigLoader(Map.of()));
    watcher.addListener(
        new Recorder() {
          @Override
          public void configChanged(LoadedConfig config) {
            throw new IllegalStateException("listener bug");
          }
        });
    watcher.addListener(
        new Recorder() {
          @Override
          public void configChanged(LoadedConfig config) {
            second.add(config);
          }
        });
    write(RANDOM);

    watcher.reload();

    assertThat(second).hasSize(1);
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.RANDOM);
  }

  @Test
  void aClosedSubscriptionHearsNoMore() throws ConfigException {
    Heard other = new Heard();
    Subscription subscription = watcher.addListener(other);
    subscription.close();
    write(RANDOM);

    watcher.reload();

    assertThat(other.changed).isEmpty();
    assertThat(heard.changed).hasSize(1);
  }

  @Test
  void theWatchNoticesAChangeToTheFileOnItsOwnThread() throws InterruptedException {
    BlockingQueue<String> threads = new LinkedBlockingQueue<>();
    watcher.addListener(
        new Recorder() {
          @Override
          public void configChanged(LoadedConfig config) {
            threads.add(Thread.currentThread().getName());
          }
        });
    watcher.start(Duration.ofMillis(20));
    write(RANDOM);

    String thread = threads.poll(10, TimeUnit.SECONDS);

    assertThat(thread).isEqualTo("queue-config-watch");
    assertThat(strategy(watcher.current())).isEqualTo(Strategy.RANDOM);
  }

  @Test
  void aPollIntervalOutsideItsBoundsIsRefused() {
    assertThatThrownBy(() -> watcher.start(Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> watcher.start(Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openingABadFileFails() {
    Path bad = ConfigFiles.write(dir, "bad.yaml", BROKEN);

    assertThatThrownBy(() -> ConfigWatcher.open(bad, new ConfigLoader(Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad.yaml:3:15");
  }

  private void write(String yaml) {
    ConfigFiles.write(dir, "centre.yaml", yaml);
  }

  private static Strategy strategy(LoadedConfig config) {
    return config.centre().queue("sales").orElseThrow().strategy();
  }

  /** A listener that ignores everything unless overridden. */
  private static class Recorder implements ConfigWatcher.Listener {
    @Override
    public void configChanged(LoadedConfig config) {}

    @Override
    public void configRejected(ConfigException problems) {}
  }

  /** Records what it hears. */
  private static final class Heard implements ConfigWatcher.Listener {
    final List<LoadedConfig> changed = new CopyOnWriteArrayList<>();
    final List<ConfigException> rejected = new CopyOnWriteArrayList<>();

    @Override
    public void configChanged(LoadedConfig config) {
      changed.add(config);
    }

    @Override
    public void configRejected(ConfigException problems) {
      rejected.add(problems);
    }
  }
}
