package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.core.device.AudioProcessing;
import org.switchboard.core.device.DevicePreferences;

class AudioJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DesktopSettings read(String json) throws Exception {
    return SettingsJson.read(JSON.readTree(json));
  }

  @Test
  void devicePreferencesSurviveWritingAndReading() throws Exception {
    DevicePreferences prefs =
        new DevicePreferences(
            List.of("usb-in", "laptop-in"),
            List.of("usb-out"),
            List.of("usb-out", "desk-out"),
            true,
            Map.of(
                "laptop-in",
                AudioProcessing.ALL,
                "usb-in",
                new AudioProcessing(false, true, false)));
    DesktopSettings s =
        new DesktopSettings(
            AccountSettings.defaults(),
            new AudioSettings(prefs),
            CrmSettings.defaults(),
            QueueSettings.standalone(),
            HotkeySettings.defaults(),
            AppearanceSettings.defaults(),
            AutoAnswerSettings.defaults(),
            GeneralSettings.defaults());

    DesktopSettings again = SettingsJson.read(SettingsJson.write(s));

    assertThat(again.audio().devices()).isEqualTo(prefs);
    assertThat(SettingsJson.write(s).get("audio").get("processing").get(0).get("device").asText())
        .as("sorted, so that an unchanged file stays unchanged")
        .isEqualTo("laptop-in");
  }

  @Test
  void theSingleDeviceFieldsOfEarlierVersionsLoadAsAListOfOne() throws Exception {
    DesktopSettings s =
        read("{\"audio\": {\"microphone\": \"usb-in\", \"speaker\": \"\", \"ringer\": \"bell\"}}");

    assertThat(s.audio().devices().capture()).containsExactly("usb-in");
    assertThat(s.audio().devices().playback()).isEmpty();
    assertThat(s.audio().devices().ringer()).containsExactly("bell");
  }

  @Test
  void aWrongValueNamesItsField() {
    assertThatThrownBy(() -> read("{\"audio\": {\"speakers\": [\"\"]}}"))
        .isInstanceOf(SettingsFieldException.class)
        .hasMessageContaining("audio.speakers[0]");
    assertThatThrownBy(() -> read("{\"audio\": {\"ringOnAll\": 1}}"))
        .isInstanceOf(SettingsFieldException.class)
        .hasMessageContaining("audio.ringOnAll");
    assertThatThrownBy(
            () -> read("{\"audio\": {\"processing\": [{\"device\": \"a\", \"gain\": true}]}}"))
        .isInstanceOf(SettingsFieldException.class)
        .hasMessageContaining("audio.processing[0].gain: unknown field");
    assertThatThrownBy(() -> read("{\"audio\": {\"processing\": [\"usb\"]}}"))
        .isInstanceOf(SettingsFieldException.class)
        .hasMessageContaining("audio.processing[0]");
  }
}
