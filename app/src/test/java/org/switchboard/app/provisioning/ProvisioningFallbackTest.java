package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.app.settings.DesktopSettings;
import org.switchboard.app.settings.ProvisionedSettings;
import org.switchboard.app.settings.ProvisionedSettings.Problem;

/** An invalid provisioning file is reported with its field and its last good copy is used. */
class ProvisioningFallbackTest {
  private static final String GOOD =
      """
      {"version": 1, "settings": {"host": "pbx.example.com", "port": 5070}, "locked": ["host"]}
      """;

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("provisioning.json");
  }

  private ProvisionedSettings load() {
    return new Provisioning(file(), dir.resolve("data"), ProvisioningClient.system()).load();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown field | {"version": 1, "settings": {"hots": "x"}}   | settings.hots: unknown field
          wrong type    | {"version": 1, "settings": {"port": "x"}}   | settings.port: must be a whole number
          bad value     | {"version": 1, "settings": {"port": 0}}     | settings.port: Enter a port number from 1 to 65535
          unknown lock  | {"version": 1, "locked": ["hots"]}          | locked[0]: unknown setting 'hots'
          """)
  void aBadFileIsReportedNamingItsFieldAndTheLastGoodCopyIsUsed(
      String what, String bad, String problem) throws Exception {
    Files.writeString(file(), GOOD);
    assertThat(load().problems()).isEmpty();
    Files.writeString(file(), bad);

    ProvisionedSettings provisioned = load();

    assertThat(provisioned.problems())
        .containsExactly(new Problem(file().toString(), problem, true));
    assertThat(provisioned.defaults().account().host()).isEqualTo("pbx.example.com");
    assertThat(provisioned.defaults().account().port()).isEqualTo(5070);
    assertThat(provisioned.locks().isLocked("host")).isTrue();
  }

  @Test
  void withoutAGoodCopyTheBuiltInDefaultsApplyAndTheProblemSaysSo() throws Exception {
    Files.writeString(file(), "{\"version\": 1, \"settings\": {\"port\": 0}}");

    ProvisionedSettings provisioned = load();

    assertThat(provisioned.problems())
        .containsExactly(
            new Problem(
                file().toString(), "settings.port: Enter a port number from 1 to 65535", false));
    assertThat(provisioned.defaults()).isEqualTo(DesktopSettings.defaults());
    assertThat(provisioned.locks().isLocked("port")).isFalse();
  }

  @Test
  void withoutAFileThereIsNoProvisioningAndTheOldCopyIsDropped() throws Exception {
    Files.writeString(file(), GOOD);
    load();
    Files.delete(file());

    ProvisionedSettings withdrawn = load();
    Files.writeString(file(), "{\"version\": 1, \"settings\": {\"port\": 0}}");
    ProvisionedSettings brokenLater = load();

    assertThat(withdrawn.problems()).isEmpty();
    assertThat(withdrawn.defaults()).isEqualTo(DesktopSettings.defaults());
    assertThat(withdrawn.locks().isLocked("host")).isFalse();
    assertThat(brokenLater.problems()).extracting(Problem::lastGoodCopy).containsExactly(false);
    assertThat(brokenLater.defaults()).isEqualTo(DesktopSettings.defaults());
  }

  @Test
  void theLastGoodCopyLivesInTheUsersDataDirectory() throws Exception {
    Files.writeString(file(), GOOD);

    load();

    assertThat(dir.resolve("data/provisioning/file.json")).hasContent(GOOD.strip());
  }
}
