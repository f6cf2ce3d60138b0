package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.switchboard.testkit.Lab;
import org.switchboard.testkit.Sipp;

/**
 * The service's registrar against sipp (MD5 digest, as sipp computes only MD5): challenge and
 * binding, wrong password, stale nonce, too brief an interval, removal and expiry. Service port
 * 16510, sipp ports 16511-16529, users 7001-7009.
 */
@Tag("lab")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServiceRegistrarLabTest {
  private static final int SERVICE_PORT = 16510;

  @SuppressWarnings("NullAway.Init")
  private static Lab lab;

  @SuppressWarnings("NullAway.Init")
  private static ServiceRig rig;

  @BeforeAll
  static void startService() throws Exception {
    lab = Lab.load();
    rig =
        ServiceRig.start(
            ServiceRig.settings(lab, SERVICE_PORT)
                .withRegistrar(ServiceRig.registrar(List.of("MD5"))));
  }

  @AfterAll
  static void stopService() {
    rig.close();
  }

  private static Sipp sipp(String scenario, int port, String user, String password, int expires) {
    return SippScenarios.client(
        lab,
        scenario,
        port,
        SERVICE_PORT,
        user,
        "-au",
        user,
        "-ap",
        password,
        "-key",
        "domain",
        ServiceRig.DOMAIN,
        "-key",
        "expires",
        Integer.toString(expires));
  }

  private static void assertPassed(Sipp sipp) {
    SippPeer.assertPassed(sipp);
  }

  @Test
  void aDigestRegisterIsChallengedThenBoundWithItsExpires() throws Exception {
    try (Sipp sipp = sipp("registrar-register.xml", 16512, "7001", "pw-7001", 600)) {
      assertPassed(sipp);
      assertThat(sipp.messages()).contains("401 Unauthorized").contains("qop=\"auth\"");
    }

    List<RegistrarBinding> bindings = rig.registrarOrFail().contacts("7001");
    assertThat(bindings).hasSize(1);
    assertThat(bindings.get(0).contact()).contains("7001@" + lab.localAddress() + ":16512");
    assertThat(Duration.between(bindings.get(0).registeredAt(), bindings.get(0).expiresAt()))
        .isEqualTo(Duration.ofSeconds(600));
    ServiceRig.await(
        "the binding was reported",
        Duration.ofSeconds(5),
        () -> rig.registrarChanges.contains("7001=1"));
  }

  @Test
  void aWrongPasswordIsForbiddenAfterTheChallengeAndBindsNothing() throws Exception {
    try (Sipp sipp = sipp("registrar-forbidden.xml", 16514, "7002", "not-the-password", 600)) {
      assertPassed(sipp);
    }

    assertThat(rig.registrarOrFail().contacts("7002")).isEmpty();
  }

  @Test
  void anAnswerToAnExpiredNonceGetsAStaleChallengeAndTheNextAnswerBinds() throws Exception {
    try (Sipp sipp = sipp("registrar-stale.xml", 16516, "7003", "pw-7003", 600)) {
      assertPassed(sipp);
    }

    assertThat(rig.registrarOrFail().contacts("7003")).hasSize(1);
  }

  @Test
  void anExpiresBelowTheMinimumIsRefusedWith423AndMinExpires() throws Exception {
    try (Sipp sipp = sipp("registrar-too-brief.xml", 16518, "7004", "pw-7004", 1)) {
      assertPassed(sipp);
      assertThat(sipp.messages()).contains("423 ").contains("Min-Expires: 2");
    }

    assertThat(rig.registrarOrFail().contacts("7004")).isEmpty();
  }

  @Test
  void starWithExpiresZeroRemovesTheBindings() throws Exception {
    try (Sipp sipp = sipp("registrar-unregister.xml", 16520, "7005", "pw-7005", 600)) {
      assertPassed(sipp);
    }

    assertThat(rig.registrarOrFail().contacts("7005")).isEmpty();
    // Listeners hear of the change on sip-events, possibly just after sipp has its 200.
    ServiceRig.await(
        "the removal was reported",
        Duration.ofSeconds(5),
        () -> rig.registrarChanges.contains("7005=0"));
    assertThat(rig.registrarChanges).containsSubsequence("7005=1", "7005=0");
  }

  @Test
  void aShortBindingExpiresByItselfAndListenersHearIt() throws Exception {
    try (Sipp sipp = sipp("registrar-register.xml", 16522, "7006", "pw-7006", 2)) {
      assertPassed(sipp);
    }
    assertThat(rig.registrarOrFail().contacts("7006")).hasSize(1);

    ServiceRig.await(
        "7006's binding expired and was reported",
        Duration.ofSeconds(6),
        () -> rig.registrarChanges.contains("7006=0"));
    assertThat(rig.registrarOrFail().contacts("7006")).isEmpty();
  }
}
