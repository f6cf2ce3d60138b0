package org.switchboard.queue.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad configuration is refused naming the line, column and reason. The YAML in each
 * test starts at line 1; the line numbers asserted are those of the text blocks.
 */
class ConfigLoaderErrorsTest {
  @TempDir Path dir;

  @Test
  void aSyntaxErrorNamesWhereTheParserStumbled() {
    String yaml =
        """
        queues:
          sales:
            strategy: linear
        entryPoints:
          main:
            steps:
              menu:
                *: repeat
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .singleElement()
        .asString()
        .startsWith("8:10: YAML syntax error: while scanning an alias")
        .contains("quote keys and values that start with *");
  }

  @Test
  void anUnknownKeyIsNamedWithTheClosestKnownOne() {
    String yaml =
        """
        queues:
          sales:
            stratgy: ring-all
        agnets: {}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:5: queues.sales: unknown key 'stratgy' (did you mean 'strategy'?)",
            "4:1: unknown key 'agnets' (did you mean 'agents'?)");
  }

  @Test
  void valuesOfTheWrongTypeAreNamed() {
    String yaml =
        """
        queues:
          sales:
            offerTimeout: fast
            maxWait: 20
            wrapUp:
              autoReady: maybe
        agents:
          alice:
            extension: "1001"
            memberships: sales
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:19: queues.sales.offerTimeout: must be a duration such as 20s, 2m, 1h30m or PT20S,"
                + " not 'fast'",
            "4:14: queues.sales.maxWait: must be a duration such as 20s, 2m, 1h30m or PT20S, not"
                + " '20' (add a unit)",
            "6:18: queues.sales.wrapUp.autoReady: must be true or false, not 'maybe'",
            "10:18: agents.alice.memberships: must be a list, not 'sales'");
  }

  @Test
  void anUnknownStrategyListsTheKnownOnes() {
    String yaml =
        """
        queues:
          sales:
            strategy: longest_idle
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:15: queues.sales.strategy: 'longest_idle' is not one of longest-idle, round-robin,"
                + " fewest-calls, least-talk-time, linear, random, ring-all (did you mean"
                + " 'longest-idle'?)");
  }

  @Test
  void aMissingRequiredKeyIsReportedWhereItsSectionIsNamed() {
    String yaml =
        """
        queues:
          sales: {}
        agents:
          alice:
            name: Alice
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly("4:3: agents.alice: 'extension' is required");
  }

  @Test
  void valuesOutOfRangeAreNamedWithTheRange() {
    String yaml =
        """
        service:
          sip:
            port: 70000
        queues:
          sales:
            offerTimeout: 0s
        agents:
          alice:
            extension: "1001"
            memberships:
              - {queue: sales, penalty: 500}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:11: service.sip.port: 70000 is out of range 0..65535",
            "6:19: queues.sales.offerTimeout: 0s is out of range 1s..1h",
            "11:33: agents.alice.memberships[0].penalty: 500 is out of range 0..100");
  }

  @Test
  void referencesToUnknownQueuesAreNamed() {
    String yaml =
        """
        queues:
          sales: {}
          support:
            maxWait: 2m
            overflowQueue: sails
        agents:
          alice:
            extension: "1001"
            memberships:
              - {queue: salse}
        dispositions:
          sale: {label: Sale, queues: [sales, billing]}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "5:20: queues.support.overflowQueue: no queue 'sails' is defined (did you mean"
                + " 'sales'?)",
            "10:17: agents.alice.memberships[0].queue: no queue 'salse' is defined (did you mean"
                + " 'sales'?)",
            "12:39: dispositions.sale.queues[1]: no queue 'billing' is defined");
  }

  @Test
  void anOverflowCycleIsRefused() {
    String yaml =
        """
        queues:
          sales:
            maxWait: 1m
            overflowQueue: support
          support:
            maxWait: 2m
            overflowQueue: sales
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "4:20: queues.sales.overflowQueue: overflow cycle sales → support → sales");
  }

  @Test
  void ivrChoicesNamingMissingStepsOrQueuesAreRefused() {
    String yaml =
        """
        queues:
          sales: {}
        entryPoints:
          main:
            numbers: ["100"]
            greeting: welcome
            firstStep: start
            steps:
              menu:
                prompt: main-menu
                choices:
                  "1": {queue: sales}
                  "2": {step: acount}
                  "3": {queue: support}
                fallback: {queue: sales}
              account:
                prompt: enter-account
                collectInto: account
                fallback: {queue: sales}
              unreached:
                prompt: never
                choices: {"1": {queue: sales}}
                fallback: {queue: sales}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "7:16: entryPoints.main.firstStep: entry point 'main' has no step 'start'",
            "13:23: entryPoints.main.steps.menu.choices.2.step: entry point 'main' has no step"
                + " 'acount' (did you mean 'account'?)",
            "14:24: entryPoints.main.steps.menu.choices.3.queue: no queue 'support' is defined");
  }

  @Test
  void duplicateIdsAreRefused() {
    String yaml =
        """
        queues:
          sales: {}
          sales: {}
        agents:
          alice: {extension: "1001"}
          bob: {extension: "1001"}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:3: 'sales' is given twice in one map (first at line 2)",
            "6:20: agents.bob.extension: extension '1001' is already given at"
                + " agents.alice.extension (line 5)");
  }

  @Test
  void twoEntryPointsSharingANumberAreRefused() {
    String yaml =
        """
        queues:
          sales: {}
        entryPoints:
          main:
            numbers: ["100", queue]
            greeting: welcome
            firstStep: menu
            steps:
              menu: {prompt: menu, choices: {"1": {queue: sales}}, fallback: {queue: sales}}
          other:
            numbers: ["200", queue]
            greeting: welcome
            firstStep: menu
            steps:
              menu: {prompt: menu, choices: {"1": {queue: sales}}, fallback: {queue: sales}}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "11:22: entryPoints.other.numbers[1]: number 'queue' is already given at"
                + " entryPoints.main.numbers[1] (line 5)");
  }

  @Test
  void ivrStepsThatAreNeitherMenuNorCollectionAreRefused() {
    String yaml =
        """
        queues:
          sales: {}
        entryPoints:
          main:
            numbers: ["100"]
            languages: [en, fa]
            greeting: welcome
            firstStep: menu
            steps:
              menu:
                prompt: menu
                choices:
                  "1": {language: de, step: menu}
                  "12": {queue: sales}
                  "*": {queue: sales}
                minDigits: 2
                fallback: {}
              both:
                prompt: both
                choices: {"1": {queue: sales}}
                collectInto: account
                fallback: {queue: sales, step: menu}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "13:27: entryPoints.main.steps.menu.choices.1.language: 'de' is not one of the entry"
                + " point's languages (en, fa)",
            "14:11: entryPoints.main.steps.menu.choices.12: '12' is not one DTMF digit (0-9, \"*\""
                + " or \"#\", quoted in YAML)",
            "15:11: entryPoints.main.steps.menu.choices.*: '*' is also the repeat digit (by default;"
                + " set repeatDigit to another)",
            "16:20: entryPoints.main.steps.menu.minDigits: only a step with 'collectInto' takes"
                + " minDigits",
            "17:9: entryPoints.main.steps.menu.fallback: needs 'step' (the next IVR step) or"
                + " 'queue' (the queue to join)",
            "18:7: entryPoints.main.steps.both: give either 'choices' (a menu) or 'collectInto'"
                + " (collect digits), not both",
            "22:9: entryPoints.main.steps.both.fallback: give either 'step' or 'queue', not both");
  }

  @Test
  void severalProblemsAreReportedTogetherInFileOrder() {
    String yaml =
        """
        agents:
          alice:
            extension: "1001"
            memberships:
              - {queue: nowhere}
        queues:
          sales:
            strategy: fastest
            offerTimeout: 5
          support:
            colour: blue
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly("5:17", "8:15", "9:19", "11:5");
  }

  @Test
  void anEmptyFileOrOneThatIsNotAMapIsRefused() {
    assertThat(ConfigFiles.problems(dir, "# nothing here\n"))
        .containsExactly("1:1: the file is empty");
    assertThat(ConfigFiles.problems(dir, "- sales\n- support\n"))
        .containsExactly("1:1: the top level: must be a map of keys, not a list");
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    Path missing = dir.resolve("missing.yaml");

    ConfigException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> new ConfigLoader(java.util.Map.of()).load(missing), ConfigException.class);

    assertThat(refused.getMessage()).endsWith(missing + ": no such file");
  }

  @Test
  void aliasesAreRefusedRatherThanReadAsText() {
    String yaml =
        """
        queues:
          sales: &base
            strategy: linear
          support: *base
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .singleElement()
        .asString()
        .startsWith("4:12: aliases (*base) are not supported");
  }

  @Test
  void smallerRulesBetweenSettingsAreChecked() {
    String yaml =
        """
        queues:
          sales:
            overflowQueue: sales
          support:
            overflowQueue: sales
            wrapUp: {mode: timed, time: 0s}
        agents:
          alice:
            extension: "100"
            memberships:
              - {queue: sales}
              - {queue: sales, penalty: 1}
        entryPoints:
          main:
            numbers: ["100"]
            greeting: welcome
            firstStep: account
            steps:
              account:
                prompt: enter-account
                collectInto: account
                minDigits: 6
                maxDigits: 4
                repeatDigit: "#"
                fallback: {queue: sales}
        """;

    assertThat(ConfigFiles.problems(dir, yaml))
        .containsExactly(
            "3:20: queues.sales.overflowQueue: a queue cannot overflow to itself",
            "5:20: queues.support.overflowQueue: needs 'maxWait' above zero, after which callers"
                + " overflow",
            "6:33: queues.support.wrapUp.time: a timed wrap-up needs a time above zero",
            "12:17: agents.alice.memberships[1].queue: the agent is already a member of 'sales'"
                + " (line 11)",
            "15:15: entryPoints.main.numbers[0]: '100' is also an agent's extension"
                + " (agents.alice.extension, line 9); a call to it could not tell the two apart",
            "23:20: entryPoints.main.steps.account.maxDigits: 4 is below minDigits 6",
            "24:22: entryPoints.main.steps.account.repeatDigit: '#' ends digit collection, so it"
                + " cannot also repeat");
  }
}
