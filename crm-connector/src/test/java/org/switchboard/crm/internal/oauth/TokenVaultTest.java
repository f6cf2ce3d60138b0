package org.switchboard.crm.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.crm.internal.oauth.AuthorizationServerFixture.reveal;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Secret;

class TokenVaultTest {
  private final InMemorySecretStore secrets = new InMemorySecretStore();
  private final TokenVault vault = new TokenVault(secrets, "crm/hubspot");

  @Test
  void tokensAreKeptUnderThePrefixedKeys() throws Exception {
    Instant expiry = Instant.parse("2025-03-01T10:00:00Z");

    vault.save(new TokenSet(Secret.of("access"), Secret.of("refresh"), expiry));

    assertThat(secrets.text("crm/hubspot/access-token")).isEqualTo("access");
    assertThat(secrets.text("crm/hubspot/refresh-token")).isEqualTo("refresh");
    assertThat(secrets.text("crm/hubspot/access-token-expiry"))
        .isEqualTo(Long.toString(expiry.getEpochSecond()));
    TokenSet loaded = vault.load().orElseThrow();
    assertThat(reveal(loaded.accessToken())).isEqualTo("access");
    assertThat(reveal(loaded.refreshToken())).isEqualTo("refresh");
    assertThat(loaded.expiresAt()).isEqualTo(expiry);
  }

  @Test
  void savingASetWithoutRefreshTokenOrExpiryRemovesTheOldOnes() throws Exception {
    vault.save(new TokenSet(Secret.of("a1"), Secret.of("r1"), Instant.EPOCH));

    vault.save(new TokenSet(Secret.of("a2"), null, null));

    assertThat(secrets.text("crm/hubspot/refresh-token")).isNull();
    assertThat(secrets.text("crm/hubspot/access-token-expiry")).isNull();
    assertThat(vault.load().orElseThrow().expiresAt()).isNull();
  }

  @Test
  void unreadableExpiryCountsAsUnknown() throws Exception {
    secrets.putText("crm/hubspot/access-token", "a");
    secrets.putText("crm/hubspot/access-token-expiry", "tomorrow");

    assertThat(vault.load().orElseThrow().expiresAt()).isNull();
  }

  @Test
  void clearRemovesEverything() throws Exception {
    vault.save(new TokenSet(Secret.of("a"), Secret.of("r"), Instant.EPOCH));

    vault.clear();

    assertThat(secrets.isEmpty()).isTrue();
    assertThat(vault.load()).isEmpty();
  }
}
