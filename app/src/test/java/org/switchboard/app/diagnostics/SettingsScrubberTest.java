package org.switchboard.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsScrubberTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "sipPassword",
        "secret",
        "clientSecret",
        "client_secret",
        "token",
        "accessToken",
        "refresh_token",
        "key",
        "apiKey",
        "api-key",
        "passwordKey",
        "authorization",
        "Authorization",
        "pin"
      })
  void keysThatLookLikeSecretsAreRemoved(String key) {
    assertThat(SettingsScrubber.isSecretKey(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tokenEndpoint",
        "authorizationEndpoint",
        "deviceAuthorizationEndpoint",
        "authorizationUrl",
        "hotkey",
        "hotkeys",
        "keyPrefix",
        "clientId",
        "host",
        "user",
        "authUser",
        "updates"
      })
  void otherKeysStay(String key) {
    assertThat(SettingsScrubber.isSecretKey(key)).isFalse();
  }

  @Test
  void nestedSecretsAreRemovedWhateverTheirTypeAndNullsStayNull() throws IOException {
    SettingsScrubber scrubber = new SettingsScrubber(new CustomerDataMasker(List.of()));

    String cleaned =
        scrubber.scrubJson(
            "{\"a\": [{\"token\": {\"value\": \"t1\"}}, {\"pin\": 1234}], \"password\": null}");

    assertThat(cleaned.replaceAll("\\s", ""))
        .isEqualTo("{\"a\":[{\"token\":\"[removed]\"},{\"pin\":\"[removed]\"}],\"password\":null}");
  }
}
