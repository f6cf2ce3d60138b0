package org.switchboard.queue.service.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.Problem;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.Requests;

/**
 * The queue service's API on Javalin: REST commands and the event WebSocket (DESIGN §5, ADR 27;
 * documented in {@code docs/queue-api.openapi.yaml} and {@code docs/queue-protocol.md}).
 *
 * <p>Threads: requests and socket callbacks run on Jetty's pool; events arrive on the centre's
 * thread and only queue there; one daemon {@code queue-api-ticker} thread sends heartbeats, closes
 * silent sockets, ends grace periods (calling {@link CentreGateway#desktopGone} there) and forgets
 * expired tokens.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

  private final CentreGateway centre;
  private final ApiSettings settings;
  private final Sessions sessions;
  private final BearerAuth auth;
  private final EventStream stream;
  private final EventSocket events;
  private final Javalin app;
  private @Nullable AutoCloseable subscription;
  private @Nullable ScheduledExecutorService ticker;

  /**
   * @param centre the contact centre
   * @param users who may sign in
   * @param keys where idempotent answers are kept
   * @param settings heartbeats, grace, capacities
   * @param clock the time for tokens, heartbeats and grace periods
   */
  public ApiServer(
      CentreGateway centre, Users users, IdempotencyKeys keys, ApiSettings settings, Clock clock) {
    this.centre = centre;
    this.settings = settings;
    this.sessions = new Sessions(users, settings.sessionTimeToLive(), clock);
    this.auth = new BearerAuth(sessions);
    String source = "/queue-service/" + UUID.randomUUID();
    this.stream =
        new EventStream(
            source,
            centre,
            clock,
            settings.replayCapacity(),
            settings.heartbeat().toSeconds(),
            settings.grace().toSeconds());
    this.events =
        new EventSocket(
            auth,
            sessions,
            stream,
            new GracePeriods(settings.grace(), clock),
            centre,
            settings,
            clock);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(ProtocolJson.mapper(), false));
            });
    routes(new IdempotentCommands(keys, clock));
  }

  private void routes(IdempotentCommands once) {
    app.beforeMatched(this::authenticate);
    app.post(Paths.SESSIONS, this::signIn);
    app.delete(Paths.SESSIONS + "/current", this::signOut);
    new CommandRoutes(centre, once, stream).register(app);
    events.register(app);
    app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.problem()));
    app.exception(
        CentreGateway.Refusal.class,
        (e, ctx) ->
            problem(ctx, new Problem(e.status(), e.title(), String.valueOf(e.getMessage()))));
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            problem(
                ctx,
                e.getStatus() == 404
                    ? new Problem(
                        404, "not found", "no such endpoint: " + ctx.method() + " " + ctx.path())
                    : new Problem(e.getStatus(), "refused", String.valueOf(e.getMessage()))));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("{} {} failed", ctx.method(), ctx.path(), e);
          problem(
              ctx, new Problem(500, "internal error", "the service could not handle this request"));
        });
  }

  private void authenticate(Context ctx) {
    boolean signIn = ctx.method() == HandlerType.POST && ctx.path().equals(Paths.SESSIONS);
    if (!signIn) {
      ctx.attribute(Access.PRINCIPAL, auth.authenticate(ctx.header(Headers.AUTHORIZATION), null));
    }
  }

  private void signIn(Context ctx) {
    Requests.SignIn body = Bodies.read(ctx, Requests.SignIn.class);
    ctx.json(sessions.signIn(body.user(), body.password()));
  }

  private void signOut(Context ctx) {
    String token = BearerAuth.token(ctx.header(Headers.AUTHORIZATION));
    if (token != null) {
      sessions.signOut(token);
    }
    ctx.status(204);
  }

  private static void problem(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem);
  }

  /**
   * Starts listening on {@code host}:{@code port} (0 for any free port) and following the centre's
   * events.
   */
  public synchronized void start(String host, int port) {
    subscription =
        centre.subscribe(
            published -> {
              try {
                stream.publish(published);
              } catch (RuntimeException e) {
                // Never let the API break the centre's thread.
                log.error("could not publish a {} event", published.type(), e);
              }
            });
    app.start(host, port);
    ScheduledExecutorService t =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "queue-api-ticker");
              thread.setDaemon(true);
              return thread;
            });
    long every = settings.tick().toMillis();
    t.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    ticker = t;
    log.info("queue API listening on {}:{} as {}", host, app.port(), stream.source());
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The event stream's source, {@code /queue-service/<run id>}; new for every server. */
  public String source() {
    return stream.source();
  }

  /** Stops listening and following events; open sockets are closed. */
  public synchronized void stop() {
    ScheduledExecutorService t = ticker;
    if (t != null) {
      t.shutdownNow();
      ticker = null;
    }
    AutoCloseable s = subscription;
    if (s != null) {
      try {
        s.close();
      } catch (Exception e) {
        log.warn("could not unsubscribe from the centre", e);
      }
      subscription = null;
    }
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** One round of heartbeats, silence checks and grace periods (the ticker calls it). */
  void tick() {
    events.tick();
    sessions.purge();
  }

  /** The number of open event sockets. */
  int openSockets() {
    return events.openSockets();
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      log.error("an API tick failed", e);
    }
  }
}
