package org.switchboard.queue.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {
  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() {
    String hash = PasswordHashes.hash("correct horse".toCharArray(), 1000);

    assertThat(hash).startsWith("pbkdf2-sha256$1000$");
    assertThat(PasswordHashes.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(PasswordHashes.verify("correct hors".toCharArray(), hash)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertThat(PasswordHashes.hash("same".toCharArray(), 1000))
        .isNotEqualTo(PasswordHashes.hash("same".toCharArray(), 1000));
  }

  @Test
  void aMalformedHashIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> PasswordHashes.verify("x".toCharArray(), "md5$abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("abc");
    assertThatThrownBy(() -> PasswordHashes.verify("x".toCharArray(), "pbkdf2-sha256$many$AA$AA"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
