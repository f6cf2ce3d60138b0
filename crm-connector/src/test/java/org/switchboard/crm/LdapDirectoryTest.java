package org.switchboard.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.Secret;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.customer.Customer;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.customer.DirectoryException.Kind;
import org.switchboard.core.customer.NewContact;
import org.switchboard.core.secrets.SecretStore;
import org.switchboard.core.secrets.SecretStoreException;
import org.switchboard.testkit.Slapd;

/**
 * {@link LdapDirectory} against a real OpenLDAP server started for this class, holding colleagues
 * whose numbers are stored as people type them. Anonymous users may read only {@code ou=lobby}; the
 * service account reads everything.
 */
@Timeout(60)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LdapDirectoryTest {
  static final String SUFFIX = "dc=switchboard,dc=test";
  static final String BIND_DN = "uid=switchboard,ou=system," + SUFFIX;
  static final String PASSWORD_KEY = "crm/ldap/bind-password";

  private Slapd slapd;
  private final InMemorySecrets secrets = new InMemorySecrets();

  @BeforeAll
  void startSlapd(@TempDir Path dir) throws IOException {
    slapd = directoryServer(dir).start();
    secrets.put(PASSWORD_KEY, Secret.of("bind-secret"));
  }

  @AfterAll
  void stopSlapd() {
    slapd.close();
  }

  /** The people LDIF with AD's ipPhone/company/department and the access rules above. */
  static Slapd.Builder directoryServer(Path dir) throws IOException {
    return Slapd.in(dir)
        .suffix(SUFFIX)
        .schema(resource("ldap/ad-attributes.schema"))
        .ldif(text("ldap/people.ldif"))
        .access("to attrs=userPassword by anonymous auth by * none")
        .access("to dn.subtree=\"ou=lobby," + SUFFIX + "\" by * read")
        .access("to * by users read by * none");
  }

  @Test
  void findsAColleagueByTheirE164Number() throws Exception {
    List<Customer> found = directory().findByPhone(new PhoneNumber("+493012341001"));

    assertThat(found).hasSize(1);
    Customer ada = found.get(0);
    assertThat(ada.id()).isEqualTo(new CustomerId("ldap", "uid=ada,ou=people," + SUFFIX));
    assertThat(ada.name()).isEqualTo("Ada Lovelace");
    assertThat(ada.company()).isEqualTo("Switchboard GmbH");
    assertThat(ada.phoneNumbers()).containsExactly("+49 30 1234 1001", "1001");
    assertThat(ada.emails()).containsExactly("ada@switchboard.test");
    assertThat(ada.tags()).containsExactly("Support");
    assertThat(ada.recordLink()).isNull();
  }

  @Test
  void findsAColleagueByTheExtensionStoredInIpPhone() throws Exception {
    assertThat(directory().findByPhone(new PhoneNumber("1001")))
        .extracting(Customer::name)
        .containsExactly("Ada Lovelace");
  }

  @Test
  void findsNumbersStoredInNationalFormatWithTrunkZeroOrAsAnExtensionSuffix() throws Exception {
    LdapDirectory directory = directory();

    assertThat(directory.findByPhone(new PhoneNumber("+493012341002")))
        .extracting(Customer::name)
        .containsExactly("Grace Hopper");
    assertThat(directory.findByPhone(new PhoneNumber("+491715550102")))
        .extracting(Customer::name)
        .containsExactly("Grace Hopper");
    assertThat(directory.findByPhone(new PhoneNumber("1003")))
        .extracting(Customer::name)
        .containsExactly("Alan Turing");
  }

  @Test
  void findsANumberGroupedWithSpacesInAnAttributeWithoutPhoneMatching() throws Exception {
    // ipPhone matches as a plain string, unlike telephoneNumber: the spaces are really there.
    List<Customer> found = directory().findByPhone(new PhoneNumber("+493012341004"));

    assertThat(found).extracting(Customer::name).containsExactly("Hedy Lamarr");
    assertThat(found.get(0).company()).isEqualTo("Switchboard GmbH");
  }

  @Test
  void returnsEveryoneSharingANumberWhateverTheFormatting() throws Exception {
    assertThat(directory().findByPhone(new PhoneNumber("+493012342000")))
        .extracting(Customer::name)
        .containsExactlyInAnyOrder("Barbara Liskov", "Katherine Johnson");
  }

  @Test
  void aNumberWithTheSameDigitsInOrderButNotEqualDoesNotMatch() throws Exception {
    // Edsger's +49 30 2341 0001 ends with the digits 2,3,4,1,0,0,1 in order, so the server
    // returns him as a candidate; normalised, his number differs.
    assertThat(directory().findByPhone(new PhoneNumber("+493012341001")))
        .extracting(Customer::name)
        .doesNotContain("Edsger Dijkstra");
    assertThat(directory().findByPhone(new PhoneNumber("+493099999999"))).isEmpty();
  }

  @Test
  void anExtensionPrefixLetsExtensionsAndFullNumbersFindEachOther() throws Exception {
    LdapDirectory directory = directory(bound().extensionPrefix("+49301234"));

    assertThat(directory.findByPhone(new PhoneNumber("1002")))
        .extracting(Customer::name)
        .containsExactly("Grace Hopper");
    assertThat(directory.findByPhone(new PhoneNumber("+493012341003")))
        .extracting(Customer::name)
        .containsExactly("Alan Turing");
    assertThat(directory().findByPhone(new PhoneNumber("1002"))).isEmpty();
  }

  @Test
  void aPhoneSearchReadsNoMoreCandidatesThanAllowed() throws Exception {
    LdapDirectory oneCandidate = directory(bound().maxCandidates(1));

    assertThat(oneCandidate.findByPhone(new PhoneNumber("+493012342000"))).hasSize(1);
  }

  @Test
  void searchesNamesByWordsInOrderUpToTheLimit() throws Exception {
    LdapDirectory directory = directory();

    assertThat(directory.searchByName("ada love", 10))
        .extracting(Customer::name)
        .containsExactly("Ada Lovelace");
    assertThat(directory.searchByName("hopper", 10))
        .extracting(Customer::name)
        .containsExactly("Grace Hopper");
    assertThat(directory.searchByName("a", 100)).hasSizeGreaterThan(3);
    assertThat(directory.searchByName("a", 2)).hasSize(2);
    assertThat(directory.searchByName("   ", 10)).isEmpty();
  }

  @Test
  void hostileSearchTextIsEscapedNotObeyed() throws Exception {
    LdapDirectory directory = directory();

    assertThat(directory.searchByName("*)(uid=*", 50)).isEmpty();
    assertThat(directory.searchByName("*", 50)).isEmpty();
    assertThat(directory.searchByName("x)(|(objectClass=*", 50)).isEmpty();
    // Escaped characters still match where they really occur.
    assertThat(directory.searchByName("(Countess)", 50))
        .extracting(Customer::name)
        .containsExactly("Ada Lovelace");
  }

  @Test
  void anonymousReadsOnlyWhatTheServerGivesAnonymous() throws Exception {
    LdapSettings lobby =
        LdapSettings.builder(URI.create(slapd.url()), "ou=lobby," + SUFFIX, "DE").build();
    LdapDirectory anonymous = new LdapDirectory(lobby, secrets);

    assertThat(anonymous.findByPhone(new PhoneNumber("+493012340")))
        .extracting(Customer::name)
        .containsExactly("Reception");
    // The rest is hidden from anonymous users, down to the base entry's existence.
    LdapDirectory everything =
        new LdapDirectory(
            LdapSettings.builder(URI.create(slapd.url()), SUFFIX, "DE").build(), secrets);
    assertThatThrownBy(() -> everything.searchByName("ada", 10))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("anonymous users may not see it (set crm.ldap.bindDn)");
  }

  @Test
  void aWrongPasswordIsRejectedNamingTheBindSetting() {
    InMemorySecrets wrong = new InMemorySecrets();
    wrong.put(PASSWORD_KEY, Secret.of("not-the-password"));
    LdapDirectory directory = new LdapDirectory(bound().build(), wrong);

    assertThatThrownBy(() -> directory.findByPhone(new PhoneNumber("+493012341001")))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("crm.ldap.bindDn")
        .hasMessageContaining(slapd.url())
        .hasMessageNotContaining("not-the-password");
  }

  @Test
  void aMissingOrEmptyKeychainPasswordIsRejectedNamingTheKey() {
    LdapDirectory missing = new LdapDirectory(bound().build(), new InMemorySecrets());
    InMemorySecrets emptySecrets = new InMemorySecrets();
    emptySecrets.put(PASSWORD_KEY, Secret.of(""));
    LdapDirectory empty = new LdapDirectory(bound().build(), emptySecrets);

    assertThatThrownBy(() -> missing.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining(PASSWORD_KEY)
        .hasMessageContaining("crm.ldap.bindPasswordKey");
    assertThatThrownBy(() -> empty.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("empty");
  }

  @Test
  void aLockedKeychainMakesTheDirectoryUnavailableNotRejected() {
    InMemorySecrets locked = new InMemorySecrets();
    locked.failWith("keychain: the Secret Service is locked");
    LdapDirectory directory = new LdapDirectory(bound().build(), locked);

    assertThatThrownBy(() -> directory.searchByName("ada", 5))
        .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("locked");
  }

  @Test
  void aBaseDnThatDoesNotExistIsRejectedNamingTheSetting() {
    LdapDirectory directory =
        directory(
            LdapSettings.builder(URI.create(slapd.url()), "ou=nowhere," + SUFFIX, "DE")
                .bind(BIND_DN, PASSWORD_KEY));

    assertThatThrownBy(() -> directory.searchByName("ada", 5))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
        .hasMessageContaining("crm.ldap.baseDn");
  }

  @Test
  void creatingAContactIsUnsupported() {
    assertThatThrownBy(
            () ->
                directory()
                    .createContact(
                        new NewContact(new PhoneNumber("+493055555"), "New Person", null, null)))
        .isInstanceOfSatisfying(
            DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED));
  }

  @Test
  void aStoppedServerIsUnavailableAtOnce(@TempDir Path other) throws IOException {
    Slapd stopped = directoryServer(other).start();
    LdapDirectory directory =
        directory(
            LdapSettings.builder(URI.create(stopped.url()), SUFFIX, "DE")
                .bind(BIND_DN, PASSWORD_KEY)
                .timeouts(Duration.ofMillis(500), Duration.ofMillis(500)));
    stopped.close();

    DirectoryException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> catchDirectoryException(() -> directory.findByPhone(new PhoneNumber("1001"))));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.getMessage()).contains(stopped.url()).contains("unreachable");
  }

  @Test
  void aServerThatStopsAnsweringIsUnavailableAfterTheReadTimeout(@TempDir Path other)
      throws IOException {
    try (Slapd hung = directoryServer(other).start()) {
      LdapDirectory directory =
          directory(
              LdapSettings.builder(URI.create(hung.url()), SUFFIX, "DE")
                  .bind(BIND_DN, PASSWORD_KEY)
                  .timeouts(Duration.ofSeconds(3), Duration.ofMillis(400)));
      hung.pause();

      DirectoryException failure =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> catchDirectoryException(() -> directory.findByPhone(new PhoneNumber("1001"))));

      assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(failure.getMessage())
          .contains(hung.url())
          .contains("did not answer within 400 ms");
    }
  }

  private LdapSettings.Builder bound() {
    return LdapSettings.builder(URI.create(slapd.url()), SUFFIX, "DE").bind(BIND_DN, PASSWORD_KEY);
  }

  private LdapDirectory directory() {
    return directory(bound());
  }

  private LdapDirectory directory(LdapSettings.Builder settings) {
    return new LdapDirectory(settings.build(), secrets);
  }

  interface DirectoryCall {
    Object call() throws DirectoryException;
  }

  static DirectoryException catchDirectoryException(DirectoryCall call) {
    try {
      call.call();
    } catch (DirectoryException expected) {
      return expected;
    }
    throw new AssertionError("expected a DirectoryException");
  }

  static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(LdapDirectoryTest.class.getClassLoader().getResource(name), name)
              .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            LdapDirectoryTest.class.getClassLoader().getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A keychain in memory; {@link #failWith} makes it behave like a locked one. */
  static final class InMemorySecrets implements SecretStore {
    private final Map<String, Secret> entries = new ConcurrentHashMap<>();
    private volatile @Nullable String failure;

    void failWith(String message) {
      failure = message;
    }

    @Override
    public Optional<Secret> get(String key) throws SecretStoreException {
      String message = failure;
      if (message != null) {
        throw new SecretStoreException(message, null);
      }
      return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, Secret secret) {
      entries.put(key, secret);
    }

    @Override
    public void delete(String key) {
      entries.remove(key);
    }
  }
}
