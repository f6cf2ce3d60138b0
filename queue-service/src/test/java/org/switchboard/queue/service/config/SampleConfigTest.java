package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.store.StoreSettings;

/** The sample configuration a local run uses loads, and says what it should. */
class SampleConfigTest {
  /** Surefire runs in the module's directory. */
  private static final Path SAMPLE = Path.of("config/sample.yaml");

  private final LoadedConfig config = load();

  private static LoadedConfig load() {
    try {
      return new ConfigLoader(Map.of()).load(SAMPLE);
    } catch (ConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private CentreDefinition centre() {
    return config.centre();
  }

  @Test
  void queuesRouteWaitAndWrapUpDifferently() {
    QueueDefinition sales = centre().queue("sales").orElseThrow();
    QueueDefinition support = centre().queue("support").orElseThrow();

    assertThat(sales.strategy()).isEqualTo(Strategy.LONGEST_IDLE);
    assertThat(support.strategy()).isEqualTo(Strategy.RING_ALL);
    assertThat(sales.wrapUp().mode()).isEqualTo(WrapUpMode.TIMED);
    assertThat(sales.wrapUp().time()).isEqualTo(Duration.ofSeconds(30));
    assertThat(support.wrapUp().mode()).isEqualTo(WrapUpMode.MANDATORY);
    assertThat(support.wrapUp().autoReady()).isFalse();
    assertThat(List.of(sales, support))
        .allSatisfy(
            q -> {
              assertThat(q.serviceLevel().threshold()).isEqualTo(Duration.ofSeconds(20));
              assertThat(q.announceEvery()).isEqualTo(Duration.ofSeconds(30));
              assertThat(q.callbackDigit()).isEqualTo("9");
            });
  }

  @Test
  void supportOverflowsToSalesAfterTwoMinutes() {
    QueueDefinition support = centre().queue("support").orElseThrow();

    assertThat(support.maxWait()).isEqualTo(Duration.ofMinutes(2));
    assertThat(support.overflowQueue()).isEqualTo("sales");
    assertThat(centre().queue("sales").orElseThrow().overflowQueue()).isNull();
  }

  @Test
  void agentsHaveExtensionsRolesMembershipsAndSkills() {
    AgentDefinition alice = centre().agent("alice").orElseThrow();
    AgentDefinition bob = centre().agent("bob").orElseThrow();

    assertThat(alice.extension()).isEqualTo("1001");
    assertThat(bob.extension()).isEqualTo("1002");
    assertThat(centre().agent("carol").orElseThrow().extension()).isEqualTo("1003");
    assertThat(alice.role()).isEqualTo(Role.AGENT);
    assertThat(centre().agent("carol").orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
    assertThat(centre().agent("dave").orElseThrow().role()).isEqualTo(Role.ADMIN);
    assertThat(alice.memberships())
        .containsExactly(new Membership("sales", 0, 1), new Membership("support", 1, 2));
    assertThat(alice.skills())
        .containsOnly(Map.entry("language:en", 5), Map.entry("product:loans", 3));
    assertThat(bob.skills()).containsEntry("language:fa", 5);
  }

  @Test
  void reasonCodesIncludeMissedAndDispositionsBelongToTheirQueues() {
    assertThat(centre().reasonCodes()).containsOnlyKeys("break", "lunch", "training", "MISSED");
    assertThat(centre().reasonCodes().get("training"))
        .isEqualTo(new ReasonCode("training", "Training", true));
    assertThat(centre().dispositionsFor("sales"))
        .extracting(d -> d.code())
        .containsExactlyInAnyOrder("sale", "no-sale", "callback");
    assertThat(centre().dispositionsFor("support"))
        .extracting(d -> d.code())
        .containsExactlyInAnyOrder("resolved", "escalated", "callback");
    assertThat(centre().missedOffersBeforeNotReady()).isEqualTo(3);
    assertThat(centre().logoutGrace()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void theEntryPointIsReachedByNumberAndSipUserAndRunsItsIvr() {
    EntryPoint main = centre().entryPointFor("100").orElseThrow();

    assertThat(centre().entryPointFor("queue")).contains(main);
    assertThat(main.languages()).containsExactly("en", "fa");
    assertThat(main.greeting()).isEqualTo("welcome");
    assertThat(main.firstStep()).isEqualTo("language");
    IvrStep language = step(main, "language");
    assertThat(language.prompt()).isEqualTo("language-menu");
    assertThat(language.choices().get("1")).isEqualTo(new IvrChoice("en", Map.of(), "menu", null));
    assertThat(language.choices().get("2")).isEqualTo(new IvrChoice("fa", Map.of(), "menu", null));
    IvrStep menu = step(main, "menu");
    assertThat(menu.choices().get("1"))
        .isEqualTo(new IvrChoice(null, Map.of("product", "sales"), null, "sales"));
    assertThat(Objects.requireNonNull(menu.choices().get("2")).step()).isEqualTo("account");
    assertThat(menu.repeatDigit()).isEqualTo("*");
    IvrStep account = step(main, "account");
    assertThat(account.collectInto()).isEqualTo("account");
    assertThat(account.minDigits()).isEqualTo(4);
    assertThat(account.maxDigits()).isEqualTo(8);
    assertThat(account.next()).isNull();
    assertThat(account.fallback())
        .isEqualTo(new IvrChoice(null, Map.of("product", "support"), null, "support"));
  }

  private static IvrStep step(EntryPoint entry, String id) {
    return Objects.requireNonNull(entry.steps().get(id), id);
  }

  @Test
  void serviceListensOnLoopbackAndKeepsDataBesideTheFile() {
    ServiceSettings service = config.service();
    Path dir = Objects.requireNonNull(SAMPLE.toAbsolutePath().getParent());

    assertThat(service.sipAddress()).isEqualTo("127.0.0.1");
    assertThat(service.sipPort()).isEqualTo(5070);
    assertThat(service.httpAddress()).isEqualTo("127.0.0.1");
    assertThat(service.httpPort()).isEqualTo(8070);
    assertThat(service.store().url())
        .isEqualTo(StoreSettings.embedded(dir.resolve("data/queue-store")).url());
    assertThat(service.recordings()).isEqualTo(dir.resolve("data/recordings"));
    assertThat(service.prompts()).isEqualTo(dir.resolve("prompts"));
  }
}
