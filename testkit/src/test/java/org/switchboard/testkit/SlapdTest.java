package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SlapdTest {
  private static final String LDIF =
      """
      dn: dc=switchboard,dc=test
      objectClass: dcObject
      objectClass: organization
      o: Switchboard
      dc: switchboard

      dn: uid=ada,dc=switchboard,dc=test
      objectClass: inetOrgPerson
      uid: ada
      cn: Ada Lovelace
      sn: Lovelace
      """;

  @TempDir Path dir;

  @Test
  void servesTheLdifOnLoopback() {
    try (Slapd slapd = Slapd.in(dir).ldif(LDIF).start()) {
      BoundedCommand.Result found = search(slapd, "(uid=ada)");

      assertThat(slapd.url()).startsWith("ldap://127.0.0.1:");
      assertThat(found.exitCode()).isZero();
      assertThat(found.output()).contains("cn: Ada Lovelace");
    }
  }

  @Test
  void closeStopsSlapdByItsPid() {
    Slapd slapd = Slapd.in(dir).ldif(LDIF).start();
    long pid = slapd.pid();

    slapd.close();

    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(accepts(slapd.port())).isFalse();
  }

  @Test
  void aPausedSlapdStopsAnsweringAndAResumedOneAnswersAgain() {
    try (Slapd slapd = Slapd.in(dir).ldif(LDIF).start()) {
      slapd.pause();
      Throwable paused =
          catchThrowable(
              () ->
                  BoundedCommand.run(
                      List.of("ldapsearch", "-x", "-H", slapd.url(), "-b", slapd.suffix()),
                      Duration.ofSeconds(2)));
      slapd.resume();
      BoundedCommand.Result resumed = search(slapd, "(uid=ada)");

      assertThat(paused).isInstanceOf(AssertionError.class).hasMessageContaining("did not end");
      assertThat(resumed.output()).contains("cn: Ada Lovelace");
    }
  }

  @Test
  void accessDirectivesApply() {
    try (Slapd slapd =
        Slapd.in(dir).ldif(LDIF).access("to * by users read by anonymous auth").start()) {
      BoundedCommand.Result anonymous = search(slapd, "(uid=ada)");
      BoundedCommand.Result admin =
          BoundedCommand.run(
              List.of(
                  "ldapsearch",
                  "-x",
                  "-LLL",
                  "-H",
                  slapd.url(),
                  "-D",
                  slapd.rootDn(),
                  "-w",
                  slapd.rootPassword(),
                  "-b",
                  slapd.suffix(),
                  "(uid=ada)",
                  "cn"),
              Duration.ofSeconds(10));

      assertThat(anonymous.output()).doesNotContain("Ada Lovelace");
      assertThat(admin.output()).contains("cn: Ada Lovelace");
    }
  }

  private static BoundedCommand.Result search(Slapd slapd, String filter) {
    return BoundedCommand.run(
        List.of("ldapsearch", "-x", "-LLL", "-H", slapd.url(), "-b", slapd.suffix(), filter, "cn"),
        Duration.ofSeconds(10));
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
