package org.switchboard.app.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.agent.Disposition;
import org.switchboard.core.agent.PendingWrapUp;
import org.switchboard.core.agent.WrapUpMode;
import org.switchboard.core.agent.WrapUpPolicy;
import org.switchboard.core.call.CallDirection;
import org.switchboard.core.call.CallId;
import org.switchboard.core.journal.CallRecord;
import org.switchboard.testkit.ManualClock;

class WrapUpViewModelTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Disposition RESOLVED = new Disposition("RESOLVED", "Resolved");
  private static final CallId C1 = new CallId("c1");

  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(T0);
  private final ScriptedCalls control = new ScriptedCalls();
  private final FakeAgentSession session = new FakeAgentSession();
  private final RecordingJournal journal = new RecordingJournal();
  private final Map<CallId, String> recorded = new ConcurrentHashMap<>();

  @SuppressWarnings("NullAway.Init")
  private NotesDrafts drafts;

  @SuppressWarnings("NullAway.Init")
  private WrapUpViewModel vm;

  private WrapUpViewModel start() {
    drafts = new NotesDrafts(dir.resolve("drafts"));
    CallsModel calls = new CallsModel(control, Runnable::run, clock);
    calls.start();
    vm =
        new WrapUpViewModel(
            session,
            calls,
            new WrapUpViewModel.Context(
                journal,
                drafts,
                WrapUpPolicy.standalone(),
                "Agent Sara",
                "1024",
                call -> "local:c-002",
                recorded::put),
            new Localizer(Language.ENGLISH),
            Runnable::run,
            Runnable::run,
            clock);
    vm.start();
    return vm;
  }

  @AfterEach
  void closeDrafts() {
    if (drafts != null) {
      drafts.close();
    }
  }

  private static WrapUpPolicy policy(WrapUpMode mode, boolean dispositionRequired, int extensions) {
    return new WrapUpPolicy(
        mode,
        List.of(RESOLVED, new Disposition("CALLBACK", "Call back")),
        List.of("billing", "vip"),
        dispositionRequired,
        false,
        Duration.ofSeconds(30),
        Duration.ofSeconds(15),
        extensions);
  }

  private void wrapUp(WrapUpPolicy policy) {
    session.pendingWrapUp(
        new PendingWrapUp(
            C1,
            policy,
            clock.instant(),
            policy.timed() ? clock.instant().plus(policy.timeLimit()) : null,
            0));
  }

  @Test
  void notesTypedDuringTheCallAreSavedAsTypedAndCarriedIntoWrapUp() throws Exception {
    start();
    control.inboundAnswered("c1", "+4930123456");
    assertThat(vm.phaseProperty().get()).isEqualTo(WrapUpViewModel.Phase.DURING_CALL);
    assertThat(vm.callerProperty().get()).contains("Mina").contains("+4930123456");
    vm.notesProperty().set("wants a refund");
    vm.chosenTags().add("billing");
    drafts.flush();
    assertThat(Files.readString(dir.resolve("drafts/c1.json"))).contains("wants a refund");

    clock.advance(Duration.ofSeconds(95));
    control.ended("c1");
    wrapUp(policy(WrapUpMode.OPTIONAL, false, 0));
    assertThat(vm.phaseProperty().get()).isEqualTo(WrapUpViewModel.Phase.WRAP_UP);
    assertThat(vm.notesProperty().get()).isEqualTo("wants a refund");
    assertThat(vm.chosenTags()).containsExactly("billing");
    assertThat(vm.canFinishProperty().get()).isTrue();

    vm.dispositionProperty().set(RESOLVED);
    vm.finish();

    assertThat(journal.logged).hasSize(1);
    CallRecord r = journal.logged.get(0);
    assertThat(r.key()).isEqualTo("c1");
    assertThat(r.direction()).isEqualTo(CallDirection.INBOUND);
    assertThat(r.from()).isEqualTo("+4930123456");
    assertThat(r.to()).isEqualTo("1024");
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(95));
    assertThat(r.disposition()).isEqualTo("RESOLVED");
    assertThat(r.notes()).isEqualTo("wants a refund");
    assertThat(r.tags()).containsExactly("billing");
    assertThat(r.agent()).isEqualTo("Agent Sara");
    assertThat(r.customer()).isNotNull();
    assertThat(session.finished).hasSize(1);
    assertThat(recorded).containsEntry(C1, "RESOLVED");
    assertThat(vm.phaseProperty().get()).isEqualTo(WrapUpViewModel.Phase.NONE);
    drafts.flush();
    assertThat(dir.resolve("drafts/c1.json")).doesNotExist();
  }

  @Test
  void aMandatoryDispositionHoldsDoneBack() {
    start();
    control.inboundAnswered("c1", "2001");
    control.ended("c1");
    wrapUp(policy(WrapUpMode.MANDATORY, true, 0));
    assertThat(vm.canFinishProperty().get()).isFalse();
    vm.dispositionProperty().set(RESOLVED);
    assertThat(vm.canFinishProperty().get()).isTrue();
  }

  @Test
  void aTimedWrapUpCountsDownAndFinishesAtZeroWithWhatWasEntered() {
    start();
    control.inboundAnswered("c1", "2001");
    control.ended("c1");
    wrapUp(policy(WrapUpMode.TIMED, true, 0));
    assertThat(vm.countdownProperty().get()).isEqualTo("Time left 0:30");
    vm.notesProperty().set("half done");
    clock.advance(Duration.ofSeconds(12));
    vm.tick();
    assertThat(vm.countdownProperty().get()).isEqualTo("Time left 0:18");
    assertThat(journal.logged).isEmpty();

    clock.advance(Duration.ofSeconds(18));
    vm.tick();
    assertThat(journal.logged).extracting(CallRecord::notes).containsExactly("half done");
    assertThat(session.finished).hasSize(1);
  }

  @Test
  void withoutEarlyExitDoneWaitsForTheCountdownAndExtendAsksTheSession() {
    start();
    control.inboundAnswered("c1", "2001");
    control.ended("c1");
    wrapUp(policy(WrapUpMode.TIMED_NO_EARLY_EXIT, false, 1));
    vm.dispositionProperty().set(RESOLVED);
    assertThat(vm.canFinishProperty().get()).isFalse();
    assertThat(vm.canExtendProperty().get()).isTrue();
    vm.extend();
    assertThat(session.extensions).isEqualTo(1);
  }

  @Test
  void aJournalFailureKeepsTheFormAndTheDraftAndARetrySucceeds() throws Exception {
    start();
    control.inboundAnswered("c1", "2001");
    vm.notesProperty().set("important");
    control.ended("c1");
    wrapUp(policy(WrapUpMode.OPTIONAL, false, 0));
    journal.failWith = "disk full";
    vm.finish();
    assertThat(vm.errorProperty().get()).contains("disk full");
    assertThat(session.finished).isEmpty();
    assertThat(vm.phaseProperty().get()).isEqualTo(WrapUpViewModel.Phase.WRAP_UP);
    drafts.flush();
    assertThat(Files.readString(dir.resolve("drafts/c1.json"))).contains("important");

    journal.failWith = null;
    vm.finish();
    assertThat(journal.logged).extracting(CallRecord::notes).containsExactly("important");
    assertThat(session.finished).hasSize(1);
  }

  @Test
  void aDraftOfACallThatEndedBeforeACrashIsLoggedOnTheNextStart() throws Exception {
    start();
    control.inboundAnswered("c1", "2001");
    vm.notesProperty().set("before the crash");
    control.ended("c1");
    drafts.flush();
    drafts.close();
    journal.logged.clear();

    start(); // a new run over the same drafts directory
    drafts.flush();
    assertThat(journal.logged).extracting(CallRecord::notes).containsExactly("before the crash");
    assertThat(journal.logged.get(0).from()).isEqualTo("2001");
    assertThat(dir.resolve("drafts/c1.json")).doesNotExist();
  }

  /** A clock the test moves. */
}
