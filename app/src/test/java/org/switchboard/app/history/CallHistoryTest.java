package org.switchboard.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.app.history.SampleHistory.entry;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.switchboard.app.history.HistoryEntry.Kind;
import org.switchboard.core.call.CallId;

class CallHistoryTest {
  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(CallHistory.class);

  @BeforeEach
  void captureLogs() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logged);
  }

  private Path file() {
    return dir.resolve(CallHistory.FILE_NAME);
  }

  private static List<String> ids(List<HistoryEntry> entries) {
    return entries.stream().map(e -> e.call().value()).toList();
  }

  @Test
  void callsAreKeptAcrossRestartsNewestFirst() {
    CallHistory history = new CallHistory(dir);
    HistoryEntry missed = entry("c1", Kind.MISSED, "+4930123456");
    HistoryEntry out = entry("c2", Kind.OUTBOUND, "2002");
    history.append(missed);
    history.append(out);

    List<HistoryEntry> reloaded = new CallHistory(dir).entries();

    assertThat(reloaded).containsExactly(out, missed);
  }

  @Test
  void aDispositionUpdatesItsCallAndSurvivesARestart() {
    CallHistory history = new CallHistory(dir);
    history.append(entry("c1", Kind.INBOUND, "+4930123456"));
    history.append(entry("c2", Kind.INBOUND, "+4930654321"));

    assertThat(history.recordDisposition(new CallId("c1"), "sale")).isTrue();
    assertThat(history.recordDisposition(new CallId("nope"), "sale")).isFalse();

    List<HistoryEntry> reloaded = new CallHistory(dir).entries();
    assertThat(reloaded.get(1).disposition()).isEqualTo("sale");
    assertThat(reloaded.get(0).disposition()).isNull();
    assertThat(history.entries()).isEqualTo(reloaded);
  }

  @Test
  void aDamagedLineIsSkippedAndLoggedAndTheRestLoads() throws Exception {
    CallHistory writer = new CallHistory(dir);
    writer.append(entry("c1", Kind.INBOUND, "+4930123456"));
    String good = Files.readString(file()).strip();
    String second = good.replace("\"c1\"", "\"c2\"");
    Files.writeString(
        file(),
        String.join(
                "\n",
                good,
                "{not json +4930999999",
                "[1,2,3]",
                "{\"type\":\"call\",\"call\":\"c9\"}",
                "{\"type\":\"call\",\"call\":\"c8\",\"kind\":\"sideways\",\"uri\":\"x\","
                    + "\"started\":\"2025-01-01T00:00:00Z\",\"ended\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"gossip\"}",
                "",
                second)
            + "\n");

    List<HistoryEntry> loaded = new CallHistory(dir).entries();

    assertThat(ids(loaded)).containsExactly("c2", "c1");
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains(
            "call history line 2 skipped: not JSON",
            "call history line 3 skipped: not a JSON object",
            "call history line 4 skipped: 'kind' is missing",
            "call history line 6 skipped: unknown type")
        .anySatisfy(m -> assertThat(m).startsWith("call history line 5 skipped"))
        .noneSatisfy(m -> assertThat(m).contains("4930999999"));
  }

  @Test
  void aWriteCutShortLosesOnlyItsOwnLine() throws Exception {
    new CallHistory(dir).append(entry("c1", Kind.INBOUND, "+4930123456"));
    Files.writeString(
        file(),
        "{\"type\":\"call\",\"call\":\"c2\",\"ki",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    CallHistory history = new CallHistory(dir);
    history.append(entry("c3", Kind.OUTBOUND, "2002"));

    assertThat(ids(new CallHistory(dir).entries())).containsExactly("c3", "c1");
  }

  @Test
  void onlyTheNewestCallsAreKeptAndTheFileStaysBounded() throws Exception {
    CallHistory history = new CallHistory(dir, 3);
    for (int i = 1; i <= 10; i++) {
      history.append(entry("c" + i, Kind.OUTBOUND, "2002"));
      history.recordDisposition(new CallId("c" + i), "d" + i);
    }

    assertThat(ids(history.entries())).containsExactly("c10", "c9", "c8");
    assertThat(Files.readAllLines(file())).hasSizeLessThanOrEqualTo(6);
    List<HistoryEntry> reloaded = new CallHistory(dir, 3).entries();
    assertThat(reloaded).isEqualTo(history.entries());
    assertThat(reloaded.get(0).disposition()).isEqualTo("d10");
  }

  @Test
  void theFileIsReadableByTheUserOnly() throws Exception {
    new CallHistory(dir).append(entry("c1", Kind.INBOUND, "+4930123456"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
        .isEqualTo("rw-------");
  }

  @Test
  void aHistoryThatCannotBeReadIsNeverOverwritten() throws Exception {
    Files.createDirectories(file()); // a directory where the file should be: reading fails
    CallHistory history = new CallHistory(dir);

    history.append(entry("c1", Kind.INBOUND, "+4930123456"));

    assertThat(ids(history.entries())).containsExactly("c1");
    assertThat(file()).isDirectory();
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).contains("could not be read"));
  }

  @Test
  void anOverlongLineIsSkipped() throws Exception {
    new CallHistory(dir).append(entry("c1", Kind.INBOUND, "+4930123456"));
    Files.writeString(
        file(),
        "x".repeat(CallHistory.MAX_LINE * 3) + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    new CallHistory(dir).append(entry("c2", Kind.INBOUND, "+4930123456"));

    assertThat(ids(new CallHistory(dir).entries())).containsExactly("c2", "c1");
  }
}
