package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {
  private static final URI URL = URI.create("ldap://ldap.example.test:389");

  @Test
  void defaultsAreAnonymousPlainLdapWithShortTimeoutsAndAdFriendlyAttributes() {
    LdapSettings settings = LdapSettings.builder(URL, "dc=example,dc=test", "DE").build();

    assertThat(settings.authenticated()).isFalse();
    assertThat(settings.startTls()).isFalse();
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.personFilter()).isEqualTo("(objectClass=person)");
    assertThat(settings.attributes().phone())
        .containsExactly("telephoneNumber", "mobile", "ipPhone", "homePhone");
    assertThat(settings.attributes().displayName()).containsExactly("displayName", "cn");
    assertThat(settings.attributes().company()).containsExactly("company", "o");
    assertThat(settings.attributes().tags()).containsExactly("department");
  }

  @Test
  void wrongSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(
            () -> LdapSettings.builder(URI.create("http://x.test"), "dc=x", "DE").build())
        .hasMessageContaining("crm.ldap.url");
    assertThatThrownBy(
            () ->
                LdapSettings.builder(URI.create("ldaps://x.test"), "dc=x", "DE")
                    .startTls(true)
                    .build())
        .hasMessageContaining("crm.ldap.startTls");
    assertThatThrownBy(
            () ->
                LdapSettings.builder(URL, "dc=x", "DE")
                    .timeouts(Duration.ZERO, Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("crm.ldap.connectTimeout");
    assertThatThrownBy(
            () -> LdapSettings.builder(URL, "dc=x", "DE").personFilter("objectClass=*").build())
        .hasMessageContaining("crm.ldap.personFilter");
    assertThatThrownBy(
            () -> LdapSettings.builder(URL, "dc=x", "DE").extensionPrefix("4930").build())
        .hasMessageContaining("crm.ldap.extensionPrefix");
  }

  @Test
  void attributeNamesCannotSmuggleFilterSyntax() {
    assertThatThrownBy(
            () ->
                new LdapSettings.Attributes(
                    List.of("telephoneNumber=*)(uid"),
                    List.of("cn"),
                    List.of("cn"),
                    List.of(),
                    List.of(),
                    List.of()))
        .hasMessageContaining("crm.ldap.attributes.phone");
  }

  @Test
  void aBindNeedsBothTheDnAndTheKeychainKey() {
    assertThatThrownBy(
            () ->
                new LdapSettings(
                    URL,
                    "dc=x",
                    "cn=reader,dc=x",
                    null,
                    false,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    "DE",
                    null,
                    LdapSettings.DEFAULT_PERSON_FILTER,
                    LdapSettings.Attributes.defaults(),
                    10))
        .hasMessageContaining("crm.ldap.bindDn")
        .hasMessageContaining("crm.ldap.bindPasswordKey");
  }
}
