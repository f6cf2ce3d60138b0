package org.switchboard.crm.internal.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LdapFilterTest {
  @Test
  void escapesEveryCharacterThatCouldChangeTheFilter() {
    assertThat(LdapFilter.escape("*)(uid=*")).isEqualTo("\\2a\\29\\28uid=\\2a");
    assertThat(LdapFilter.escape("a\\b\0c")).isEqualTo("a\\5cb\\00c");
    assertThat(LdapFilter.escape("Zoë Müller")).isEqualTo("Zoë Müller");
  }

  @Test
  void hostileTextStaysInsideItsAssertion() {
    String filter = LdapFilter.contains("cn", List.of("*)(uid=*"));

    assertThat(filter).isEqualTo("(cn=*\\2a\\29\\28uid=\\2a*)");
    assertThat(filter.chars().filter(c -> c == '(').count()).isEqualTo(1);
  }

  @Test
  void buildsSubstringAndCompoundFilters() {
    assertThat(LdapFilter.endsWith("telephoneNumber", List.of("1", "0", "0", "1")))
        .isEqualTo("(telephoneNumber=*1*0*0*1)");
    assertThat(LdapFilter.contains("cn", List.of("ada", "love"))).isEqualTo("(cn=*ada*love*)");
    assertThat(LdapFilter.or(List.of("(a=1)"))).isEqualTo("(a=1)");
    assertThat(LdapFilter.or(List.of("(a=1)", "(b=2)"))).isEqualTo("(|(a=1)(b=2))");
    assertThat(LdapFilter.and("(objectClass=person)", "(a=1)"))
        .isEqualTo("(&(objectClass=person)(a=1))");
  }

  @Test
  void refusesEmptySubstringParts() {
    assertThatThrownBy(() -> LdapFilter.contains("cn", List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LdapFilter.endsWith("cn", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
