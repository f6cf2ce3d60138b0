package org.switchboard.keychain;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.PasswordAccessException;
import org.junit.jupiter.api.Test;

class MissingEntryTest {
  @Test
  void recognisesEachBackendsWordsForAMissingEntry() {
    assertThat(
            MissingEntry.means(
                new PasswordAccessException("No stored credentials match Switchboard account: k")))
        .isTrue();
    assertThat(MissingEntry.means(new PasswordAccessException("Password is not in wallet")))
        .isTrue();
    assertThat(MissingEntry.means(new PasswordAccessException("Error code 1168"))).isTrue();
    assertThat(
            MissingEntry.means(
                new PasswordAccessException(
                    "The specified item could not be found in the keychain.")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNotMistakenForAMissingEntry() {
    assertThat(MissingEntry.means(new PasswordAccessException("Too many stored credentials match")))
        .isFalse();
    assertThat(MissingEntry.means(new PasswordAccessException("Error code 5"))).isFalse();
    assertThat(MissingEntry.means(new PasswordAccessException((String) null))).isFalse();
  }
}
