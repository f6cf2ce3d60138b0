package org.switchboard.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.call.CallsModel;
import org.switchboard.app.dial.DialerViewModel;
import org.switchboard.app.dial.FakeCallControl;
import org.switchboard.app.dial.NumberNormaliser;
import org.switchboard.app.history.HistoryEntry.Kind;
import org.switchboard.app.history.HistoryViewModel.Filter;
import org.switchboard.app.i18n.Language;
import org.switchboard.app.i18n.Localizer;
import org.switchboard.core.call.CallEvent;
import org.switchboard.core.call.CallId;
import org.switchboard.core.call.EndReason;
import org.switchboard.core.call.PhoneNumber;
import org.switchboard.core.call.RemoteParty;
import org.switchboard.testkit.ManualClock;

/** The history's decisions, without a toolkit: direct executors, a real store in a temp dir. */
class HistoryViewModelTest {
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(SampleHistory.T0);
  private final FakeCallControl control = new FakeCallControl();
  private final Localizer localizer = new Localizer(Language.ENGLISH);
  private final CallsModel calls = new CallsModel(control, Runnable::run, clock);
  private final DialerViewModel dialer =
      new DialerViewModel(calls, new NumberNormaliser("DE"), localizer, Runnable::run);
  private CallHistory history = new CallHistory(Path.of("unused"));
  private HistoryViewModel vm = newViewModel();

  @BeforeEach
  void start() {
    history = new CallHistory(dir);
    vm = newViewModel();
    vm.start();
  }

  private HistoryViewModel newViewModel() {
    return new HistoryViewModel(
        history, calls, dialer, localizer, Runnable::run, Runnable::run, ZoneId.of("UTC"));
  }

  private void inbound(String id, @Nullable String name, String number, boolean answer) {
    calls.apply(
        new CallEvent.Incoming(
            new CallId(id),
            new RemoteParty("sip:" + number + "@pbx.example.com", name, phone(number)),
            Map.of()));
    finish(id, answer);
  }

  private void outbound(String id, String uri, @Nullable String number, boolean answer) {
    calls.apply(
        new CallEvent.Dialing(
            new CallId(id), new RemoteParty(uri, null, number == null ? null : phone(number))));
    finish(id, answer);
  }

  private void finish(String id, boolean answer) {
    clock.advance(Duration.ofSeconds(5));
    if (answer) {
      calls.apply(new CallEvent.Answered(new CallId(id)));
      clock.advance(Duration.ofSeconds(65));
    }
    calls.apply(
        new CallEvent.Ended(
            new CallId(id),
            answer ? EndReason.REMOTE_HANGUP : EndReason.CALLER_CANCELLED,
            0,
            "over"));
    clock.advance(Duration.ofMinutes(1));
  }

  private static @Nullable PhoneNumber phone(String number) {
    return PhoneNumber.isDialable(number) ? new PhoneNumber(number) : null;
  }

  @Test
  void endedCallsAreListedNewestFirstAsIncomingOutgoingAndMissed() {
    inbound("c1", "Ann", "+4930123456", true);
    inbound("c2", null, "+4930654321", false);
    outbound("c3", "sip:2002@pbx.example.com", "2002", false);

    assertThat(vm.rows())
        .extracting(HistoryRow::kind, HistoryRow::name, HistoryRow::number, HistoryRow::duration)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.OUTBOUND, "", "2002", "Not answered"),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSED, "", "+4930654321", ""),
            org.assertj.core.groups.Tuple.tuple(Kind.INBOUND, "Ann", "+4930123456", "1:05"));
    HistoryRow answered = vm.rows().get(2);
    assertThat(answered.kindName()).isEqualTo("Incoming call");
    assertThat(answered.time()).isEqualTo("Mar 14, 2025, 9:05 AM");
    assertThat(answered.accessibleText())
        .isEqualTo("Incoming call, Ann, +4930123456, Mar 14, 2025, 9:05 AM, 1:05");
    assertThat(new CallHistory(dir).entries()).hasSize(3);
  }

  @Test
  void filtersShowOnlyTheirKind() {
    inbound("c1", "Ann", "+4930123456", true);
    inbound("c2", null, "+4930654321", false);
    outbound("c3", "sip:2002@pbx.example.com", "2002", true);

    vm.filterProperty().set(Filter.MISSED);
    assertThat(vm.rows()).extracting(r -> r.call().value()).containsExactly("c2");
    vm.filterProperty().set(Filter.INBOUND);
    assertThat(vm.rows()).extracting(r -> r.call().value()).containsExactly("c1");
    vm.filterProperty().set(Filter.OUTBOUND);
    assertThat(vm.rows()).extracting(r -> r.call().value()).containsExactly("c3");
    vm.filterProperty().set(Filter.ALL);
    assertThat(vm.rows()).hasSize(3);
  }

  @Test
  void anEmptyFilterSaysSo() {
    outbound("c1", "sip:2002@pbx.example.com", "2002", true);

    vm.filterProperty().set(Filter.MISSED);

    assertThat(vm.emptyProperty().get()).isTrue();
    assertThat(vm.emptyTextProperty().get()).isEqualTo("No missed calls");
  }

  @Test
  void callBackShowsTheNumberInTheDiallerAndDialsIt() {
    inbound("c1", "Ann", "03012345678", false);

    vm.callBack(vm.rows().get(0));

    assertThat(dialer.numberProperty().get()).isEqualTo("03012345678");
    assertThat(control.dialled).containsExactly("+493012345678");
  }

  @Test
  void aCallerWithOnlyASipAddressIsCalledBackThereAndAWithheldOneCannotBe() {
    outbound("c1", "sip:alice@example.com", null, true);
    outbound("c2", "sip:anonymous@anonymous.invalid;x=<script>", null, true);

    HistoryRow withheld = vm.rows().get(0);
    HistoryRow alice = vm.rows().get(1);
    assertThat(withheld.canCallBack()).isFalse();
    assertThat(withheld.name()).isEqualTo("Withheld number");
    assertThat(withheld.number()).isEmpty();
    assertThat(alice.number()).isEqualTo("sip:alice@example.com");
    vm.callBack(withheld);
    vm.callBack(alice);

    assertThat(control.dialled).containsExactly("sip:alice@example.com");
  }

  @Test
  void theWrapUpsDispositionIsShownAndStored() {
    inbound("c1", "Ann", "+4930123456", true);

    vm.recordDisposition(new CallId("c1"), "sale");
    vm.recordDisposition(new CallId("unknown"), "sale");

    assertThat(vm.rows().get(0).disposition()).isEqualTo("sale");
    assertThat(new CallHistory(dir).entries().get(0).disposition()).isEqualTo("sale");
  }

  @Test
  void theStoredHistoryIsShownOnStartAndItsNewestOutboundCallCanBeRedialled() {
    CallHistory stored = new CallHistory(dir);
    stored.append(SampleHistory.entry("c1", Kind.OUTBOUND, "+4940123456"));
    stored.append(SampleHistory.entry("c2", Kind.OUTBOUND, "+4950123456"));
    stored.append(SampleHistory.entry("c3", Kind.MISSED, "+4960123456"));

    HistoryViewModel restarted =
        new HistoryViewModel(
            new CallHistory(dir),
            calls,
            dialer,
            localizer,
            Runnable::run,
            Runnable::run,
            ZoneId.of("UTC"));
    restarted.start();

    assertThat(restarted.rows())
        .extracting(r -> r.call().value())
        .containsExactly("c3", "c2", "c1");
    assertThat(dialer.lastDialledProperty().get()).isEqualTo("+4950123456");
    restarted.stop();
  }

  @Test
  void untrustedNamesAreShownSafely() {
    inbound("c1", "\u202Eevil\u2066 name\nline", "+4930123456", true);

    assertThat(vm.rows().get(0).name()).isEqualTo("evil name line");
  }

  @Test
  void persianShowsPersianDigitsAndTexts() {
    inbound("c1", "Ann", "+4930123456", true);

    localizer.languageProperty().set(Language.PERSIAN);

    HistoryRow row = vm.rows().get(0);
    assertThat(row.duration()).isEqualTo("۱:۰۵");
    assertThat(row.time()).contains("۲۰۲۵").doesNotContain("2025");
    assertThat(row.kindName()).isEqualTo("تماس ورودی");
    assertThat(row.number()).isEqualTo("+4930123456");
  }

  @Test
  void afterStopEndedCallsAreNoLongerAdded() {
    vm.stop();

    inbound("c1", "Ann", "+4930123456", true);

    assertThat(vm.rows()).isEmpty();
  }
}
