package org.switchboard.queue.service.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.switchboard.queue.service.centre.CentreEvent;
import org.switchboard.queue.service.centre.ContactCentre;
import org.switchboard.queue.service.centre.NewCall;
import org.switchboard.queue.service.centre.Presence;
import org.switchboard.queue.service.definitions.AgentDefinition;
import org.switchboard.queue.service.definitions.CentreDefinition;
import org.switchboard.queue.service.definitions.Disposition;
import org.switchboard.queue.service.definitions.EntryPoint;
import org.switchboard.queue.service.definitions.IvrChoice;
import org.switchboard.queue.service.definitions.IvrStep;
import org.switchboard.queue.service.definitions.QueueDefinition;
import org.switchboard.queue.service.definitions.ReasonCode;
import org.switchboard.queue.service.definitions.Role;
import org.switchboard.queue.service.definitions.ServiceLevel;
import org.switchboard.queue.service.definitions.WrapUpMode;
import org.switchboard.queue.service.definitions.WrapUpPolicy;
import org.switchboard.queue.service.routing.Membership;
import org.switchboard.queue.service.routing.Strategy;
import org.switchboard.queue.service.timing.ExecutorTimers;

/**
 * How long the centre's routing decisions take under a contact centre's load: 300 agents in four
 * queues (longest idle, round robin, fewest calls, ring all), calls arriving at a steady rate,
 * every offer answered, calls lasting 1–4 s, optional wrap-up. Each command that routes (a new
 * call, an answer, a call's end) is timed on the centre's own thread; the report gives p50, p99 and
 * the maximum per command, and the calls handled per second.
 *
 * <p>Run: {@code bench/queue-routing.sh [calls-per-second] [seconds]}.
 */
public final class RoutingDecisionBench {
  private static final List<Strategy> STRATEGIES =
      List.of(
          Strategy.LONGEST_IDLE, Strategy.ROUND_ROBIN, Strategy.FEWEST_CALLS, Strategy.RING_ALL);

  private final ExecutorService centreThread = Executors.newSingleThreadExecutor();
  private final ScheduledExecutorService timerThread = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
  private final Random random = new Random(42);
  private final AtomicLong answered = new AtomicLong();
  private ContactCentre centre;

  private RoutingDecisionBench(CentreDefinition definition) throws Exception {
    centre =
        centreThread
            .submit(
                () ->
                    new ContactCentre(
                        definition,
                        Clock.systemUTC(),
                        new ExecutorTimers(timerThread, centreThread),
                        new Random(7)))
            .get();
  }

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    RoutingDecisionBench bench = new RoutingDecisionBench(centre(300));
    bench.run(rate, seconds);
  }

  private void run(int rate, int seconds) throws Exception {
    centreThread.submit(this::readyEveryone).get();
    centreThread.submit(() -> centre.addListener(this::onEvent)).get();
    long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
    int total = rate * seconds;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      String queue = "q" + (i % STRATEGIES.size());
      NewCall call =
          new NewCall(
              "c" + i, "+1555" + i, "100", null, queue, null, Map.of("n", "" + i), 0, Map.of());
      centreThread.execute(() -> timed("enqueue", () -> centre.enqueue(call)));
      long due = start + (i + 1) * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    }
    Thread.sleep(5000); // let the last calls end
    centreThread.submit(() -> {}).get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    report(rate, total, elapsed);
    timerThread.shutdownNow();
    centreThread.shutdownNow();
  }

  private void readyEveryone() {
    for (String agent : centre.definition().agents().keySet()) {
      centre.login(agent, Set.of());
      centre.setPresence(agent, Presence.READY, null);
    }
  }

  private void onEvent(CentreEvent event) {
    // The listener runs on the centre's thread: the next commands go behind it in the queue.
    if (event instanceof CentreEvent.OfferMade made) {
      String offer = made.offer().id();
      String agent = made.offer().agents().get(0);
      String interaction = made.offer().interaction().id();
      centreThread.execute(
          () -> {
            timed("answer", () -> centre.offerAccepted(offer, agent));
            answered.incrementAndGet();
          });
      long talk = 1000 + random.nextInt(3000);
      timerThread.schedule(
          () -> centreThread.execute(() -> timed("end", () -> centre.callEnded(interaction))),
          talk,
          TimeUnit.MILLISECONDS);
    }
  }

  private void timed(String command, Runnable action) {
    long before = System.nanoTime();
    try {
      action.run();
    } catch (RuntimeException e) {
      // A race the load makes on purpose (an end after an abandon); counted, not timed.
      nanos.computeIfAbsent("refused", k -> new ArrayList<>()).add(0L);
      return;
    }
    nanos.computeIfAbsent(command, k -> new ArrayList<>()).add(System.nanoTime() - before);
  }

  private void report(int rate, int total, double elapsed) {
    System.out.printf(
        "routing bench: %d agents, %d calls offered at %d/s over %.1f s, %d answered (%.1f/s)%n",
        centre.definition().agents().size(),
        total,
        rate,
        elapsed,
        answered.get(),
        answered.get() / elapsed);
    for (Map.Entry<String, List<Long>> entry : nanos.entrySet()) {
      List<Long> times = new ArrayList<>(entry.getValue());
      Collections.sort(times);
      System.out.printf(
          "  %-8s n=%6d  p50=%7.3f ms  p99=%7.3f ms  max=%7.3f ms%n",
          entry.getKey(),
          times.size(),
          ms(times, 0.50),
          ms(times, 0.99),
          times.get(times.size() - 1) / 1e6);
    }
  }

  private static double ms(List<Long> sorted, double quantile) {
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static CentreDefinition centre(int agentCount) {
    Map<String, QueueDefinition> queues = new LinkedHashMap<>();
    for (int q = 0; q < STRATEGIES.size(); q++) {
      String id = "q" + q;
      queues.put(
          id,
          new QueueDefinition(
              id,
              id,
              STRATEGIES.get(q),
              Duration.ofSeconds(10),
              Map.of(),
              Duration.ofSeconds(15),
              Duration.ZERO,
              null,
              Duration.ZERO,
              "default",
              null,
              new ServiceLevel(Duration.ofSeconds(20), Duration.ZERO),
              new WrapUpPolicy(WrapUpMode.OPTIONAL, Duration.ZERO, true)));
    }
    Map<String, AgentDefinition> agents = new LinkedHashMap<>();
    for (int a = 0; a < agentCount; a++) {
      List<Membership> member = new ArrayList<>();
      for (int q = 0; q < STRATEGIES.size(); q++) {
        member.add(new Membership("q" + q, (a + q) % 3, a));
      }
      String id = "a" + a;
      agents.put(id, new AgentDefinition(id, id, Role.AGENT, "" + (10000 + a), member, Map.of()));
    }
    IvrStep step =
        new IvrStep(
            "menu",
            "welcome",
            Map.of("1", IvrChoice.toQueue("q0")),
            null,
            0,
            0,
            Duration.ofSeconds(5),
            "*",
            1,
            null,
            IvrChoice.toQueue("q0"));
    return new CentreDefinition(
        queues,
        agents,
        Map.of(ReasonCode.MISSED, new ReasonCode(ReasonCode.MISSED, "Missed", false)),
        Map.of("done", new Disposition("done", "Done", List.of())),
        Map.of(
            "main",
            new EntryPoint(
                "main", List.of("100"), List.of("en"), "welcome", "menu", Map.of("menu", step))),
        3,
        Duration.ofSeconds(60));
  }
}
