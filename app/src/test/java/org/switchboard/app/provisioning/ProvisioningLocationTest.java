package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisioningLocationTest {
  private static Path fileOn(String os, Map<String, String> env) {
    Map<String, String> properties = Map.of("os.name", os);
    return ProvisioningLocation.file(env, properties::get);
  }

  @Test
  void linuxReadsEtc() {
    assertThat(fileOn("Linux", Map.of())).isEqualTo(Path.of("/etc/switchboard/provisioning.json"));
  }

  @Test
  void windowsReadsProgramData() {
    assertThat(fileOn("Windows 11", Map.of("ProgramData", "D:\\Data")))
        .isEqualTo(Path.of("D:\\Data", "Switchboard", "provisioning.json"));
    assertThat(fileOn("Windows Server 2022", Map.of()))
        .isEqualTo(Path.of("C:\\ProgramData", "Switchboard", "provisioning.json"));
  }

  @Test
  void macosReadsLibraryApplicationSupport() {
    assertThat(fileOn("Mac OS X", Map.of()))
        .isEqualTo(Path.of("/Library/Application Support/Switchboard/provisioning.json"));
  }

  @Test
  void thePropertyWinsOverTheVariableWhichWinsOverTheSystemPlace() {
    Map<String, String> env = Map.of(ProvisioningLocation.VARIABLE, "/tmp/from-env.json");
    Map<String, String> withProperty =
        Map.of("os.name", "Linux", ProvisioningLocation.PROPERTY, "/tmp/from-property.json");

    assertThat(ProvisioningLocation.file(env, withProperty::get))
        .isEqualTo(Path.of("/tmp/from-property.json"));
    assertThat(fileOn("Linux", env)).isEqualTo(Path.of("/tmp/from-env.json"));
  }
}
