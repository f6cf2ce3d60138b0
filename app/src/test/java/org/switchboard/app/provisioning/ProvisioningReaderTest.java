package org.switchboard.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.switchboard.app.provisioning.ProvisioningReader.Origin;
import org.switchboard.app.settings.DesktopSettings;

/** Every mistake an administrator can make is refused, naming the file and the field. */
class ProvisioningReaderTest {
  private static final String FILE = "/etc/switchboard/provisioning.json";

  private static ProvisioningDocument read(String json) throws ProvisioningException {
    return read(json, Origin.FILE);
  }

  private static ProvisioningDocument read(String json, Origin origin)
      throws ProvisioningException {
    return ProvisioningReader.read(
        FILE, json.getBytes(StandardCharsets.UTF_8), origin, DesktopSettings.defaults());
  }

  private static void refused(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage(FILE + ": " + message);
  }

  @Test
  void aGoodDocumentGivesItsUrlSettingsAndLocks() throws Exception {
    ProvisioningDocument document =
        read(
            """
            {"version": 1, "url": "https://config.example.com/switchboard.json",
             "settings": {"host": "pbx.example.com", "audio": {"ringers": ["usb-1"]}},
             "locked": ["host", "audio"]}
            """);

    assertThat(document.url()).isEqualTo(URI.create("https://config.example.com/switchboard.json"));
    assertThat(document.settings().get("host").asText()).isEqualTo("pbx.example.com");
    assertThat(document.settings().get("audio").get("ringers").get(0).asText()).isEqualTo("usb-1");
    assertThat(document.locked()).containsExactlyInAnyOrder("host", "audio");
  }

  @Test
  void anUnknownFieldIsRefusedWhereverItIs() {
    refused("{\"version\": 1, \"setings\": {}}", "setings: unknown field");
    refused("{\"version\": 1, \"settings\": {\"hots\": \"x\"}}", "settings.hots: unknown field");
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": {\"volume\": 3}}}",
        "settings.audio.volume: unknown field");
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    refused(
        "{\"version\": 1, \"settings\": {\"port\": \"5060\"}}",
        "settings.port: must be a whole number");
    refused(
        "{\"version\": 1, \"settings\": {\"general\": {\"startAtLogin\": \"yes\"}}}",
        "settings.general.startAtLogin: must be true or false");
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": \"usb\"}}",
        "settings.audio: must be an object");
    refused(
        "{\"version\": 1, \"settings\": {\"domain\": null}}",
        "settings.domain: must not be null; leave it out instead");
  }

  @Test
  void audioDeviceListsAndProcessingAreCheckedFieldByField() {
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": {\"microphones\": \"usb\"}}}",
        "settings.audio.microphones: must be a list of device ids");
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": {\"ringers\": [\"a\", 3]}}}",
        "settings.audio.ringers[1]: must be a device id (a string)");
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": {\"processing\":"
            + " [{\"device\": \"usb\", \"echoCancellation\": \"yes\"}]}}}",
        "settings.audio.processing[0].echoCancellation: must be true or false");
    refused(
        "{\"version\": 1, \"settings\": {\"audio\": {\"microphone\": \"usb\"}}}",
        "settings.audio.microphone: unknown field");
  }

  @Test
  void anUnknownNameIsRefused() {
    refused(
        "{\"version\": 1, \"settings\": {\"transport\": \"sctp\"}}",
        "settings.transport: unknown value 'sctp'");
    refused(
        "{\"version\": 1, \"settings\": {\"general\": {\"updates\": \"always\"}}}",
        "settings.general.updates: unknown value 'always'");
  }

  @Test
  void aValueOutOfRangeIsRefusedInTheSettingsScreensWords() {
    refused(
        "{\"version\": 1, \"settings\": {\"port\": 70000}}",
        "settings.port: Enter a port number from 1 to 65535");
    refused(
        "{\"version\": 1, \"settings\": {\"autoAnswer\": {\"delaySeconds\": 99}}}",
        "settings.autoAnswer.delaySeconds: Enter whole seconds from 0 to 60");
    refused(
        "{\"version\": 1, \"settings\": {\"queue\": {\"url\": \"http://queue.example.com\"}}}",
        "settings.queue.url: Enter an https:// address (http:// only on this computer)");
    refused(
        "{\"version\": 1, \"settings\": {\"hotkeys\": {\"mute\": \"M\"}}}",
        "settings.hotkeys.mute: Needs Ctrl, Alt or Meta");
  }

  @Test
  void aLockOnAnUnknownPathIsRefused() {
    refused(
        "{\"version\": 1, \"locked\": [\"host\", \"audio.volume\"]}",
        "locked[1]: unknown setting 'audio.volume'");
    refused("{\"version\": 1, \"locked\": \"host\"}", "locked: must be a list of setting paths");
  }

  @Test
  void aUrlThatIsNotHttpsIsRefused() {
    refused(
        "{\"version\": 1, \"url\": \"http://config.example.com/p.json\"}",
        "url: must be an https:// address");
    refused("{\"version\": 1, \"url\": 42}", "url: must be an https:// address");
  }

  @Test
  void onlyTheFileMayNameAUrl() {
    assertThatThrownBy(
            () -> read("{\"version\": 1, \"url\": \"https://other.example.com\"}", Origin.URL))
        .hasMessage(FILE + ": url: not allowed here: only the provisioning file names a URL");
  }

  @Test
  void theVersionMustBeOne() {
    refused("{\"settings\": {}}", "version: must be 1");
    refused("{\"version\": 2}", "version: must be 1");
  }

  @Test
  void brokenJsonAndDuplicateFieldsAreRefused() {
    assertThatThrownBy(() -> read("{\"version\": 1,"))
        .hasMessageStartingWith(FILE + ": not valid JSON at line 1");
    assertThatThrownBy(() -> read("{\"version\": 1, \"version\": 1}"))
        .hasMessageContaining("Duplicate field 'version'");
  }
}
