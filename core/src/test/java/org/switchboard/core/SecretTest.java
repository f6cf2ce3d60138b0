package org.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void toStringNeverRevealsTheValue() {
    Secret secret = Secret.of("hunter2");
    assertThat(secret.toString()).doesNotContain("hunter2");
    assertThat(new String(secret.reveal())).isEqualTo("hunter2");
  }
}
