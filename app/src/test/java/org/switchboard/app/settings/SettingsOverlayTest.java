package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SettingsOverlayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aLayerReplacesFieldsSectionBySectionAndANullLeavesTheValueBelow() throws Exception {
    JsonNode base =
        json("{\"host\": \"a\", \"port\": 5060, \"audio\": {\"mic\": \"m\", \"spk\": \"s\"}}");
    JsonNode layer = json("{\"host\": \"b\", \"port\": null, \"audio\": {\"spk\": \"t\"}}");

    assertThat(SettingsOverlay.over(base, layer))
        .isEqualTo(
            json("{\"host\": \"b\", \"port\": 5060, \"audio\": {\"mic\": \"m\", \"spk\": \"t\"}}"));
    assertThat(base.get("host").asText()).isEqualTo("a");
  }

  @Test
  void theDifferenceHoldsOnlyChangedFieldsAndSectionsWithOne() throws Exception {
    JsonNode base =
        json("{\"host\": \"a\", \"audio\": {\"mic\": \"m\"}, \"queue\": {\"url\": \"\"}}");
    JsonNode full =
        json("{\"host\": \"a\", \"audio\": {\"mic\": \"n\"}, \"queue\": {\"url\": \"\"}}");

    assertThat(SettingsOverlay.difference(full, base))
        .isEqualTo(json("{\"audio\": {\"mic\": \"n\"}}"));
  }

  @Test
  void lockedFieldsAndSectionsAreLeftOut() throws Exception {
    JsonNode layer =
        json(
            "{\"host\": \"a\", \"port\": 1, \"audio\": {\"mic\": \"m\"}, \"crm\": {\"location\": \"x\", \"connector\": \"rest\"}}");
    SettingLocks locks =
        path -> path.equals("host") || path.equals("audio") || path.equals("crm.location");

    assertThat(SettingsOverlay.without(layer, locks))
        .isEqualTo(json("{\"port\": 1, \"crm\": {\"connector\": \"rest\"}}"));
    assertThat(SettingsOverlay.fieldPaths(layer))
        .containsExactly("host", "port", "audio.mic", "crm.location", "crm.connector");
  }
}
