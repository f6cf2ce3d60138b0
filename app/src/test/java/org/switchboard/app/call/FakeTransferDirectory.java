package org.switchboard.app.call;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.core.agent.TransferDirectory;
import org.switchboard.core.agent.TransferTarget;

/**
 * Transfer targets from a list, searched as the port says (name or address contains the text, case
 * ignored). Answers at once unless {@link #holdAnswers} is set; then each search waits in {@link
 * #pending} for the test to complete it.
 */
final class FakeTransferDirectory implements TransferDirectory {
  static final TransferTarget GRACE =
      new TransferTarget(TransferTarget.Kind.AGENT, "Grace Hopper", "2001", true, "Billing team");
  static final TransferTarget ALAN =
      new TransferTarget(TransferTarget.Kind.AGENT, "Alan Turing", "2002", false, "Support team");
  static final TransferTarget BILLING =
      new TransferTarget(
          TransferTarget.Kind.QUEUE, "Billing queue", "sip:billing@example.com", true, "3 waiting");
  static final TransferTarget LAWYER =
      new TransferTarget(TransferTarget.Kind.NUMBER, "Our lawyer", "+4930123456", true, null);

  final List<TransferTarget> targets =
      new CopyOnWriteArrayList<>(List.of(GRACE, ALAN, BILLING, LAWYER));
  final List<String> searches = new CopyOnWriteArrayList<>();
  final List<CompletableFuture<List<TransferTarget>>> pending = new CopyOnWriteArrayList<>();
  volatile boolean holdAnswers;
  volatile boolean unavailable;

  @Override
  public CompletableFuture<List<TransferTarget>> search(String text) {
    searches.add(text);
    if (unavailable) {
      return CompletableFuture.failedFuture(new IllegalStateException("queue service is down"));
    }
    if (holdAnswers) {
      CompletableFuture<List<TransferTarget>> answer = new CompletableFuture<>();
      pending.add(answer);
      return answer;
    }
    return CompletableFuture.completedFuture(matching(text));
  }

  List<TransferTarget> matching(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return targets.stream()
        .filter(
            t ->
                t.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || t.address().toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }
}
