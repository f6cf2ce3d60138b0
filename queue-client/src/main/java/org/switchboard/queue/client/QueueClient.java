package org.switchboard.queue.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.queue.protocol.AgentView;
import org.switchboard.queue.protocol.CatalogueView;
import org.switchboard.queue.protocol.Headers;
import org.switchboard.queue.protocol.InteractionView;
import org.switchboard.queue.protocol.Paths;
import org.switchboard.queue.protocol.PresenceView;
import org.switchboard.queue.protocol.Problem;
import org.switchboard.queue.protocol.ProtocolJson;
import org.switchboard.queue.protocol.QueueFiguresView;
import org.switchboard.queue.protocol.Requests;
import org.switchboard.queue.protocol.SessionView;
import org.switchboard.queue.protocol.SnapshotView;
import org.switchboard.queue.protocol.WrapUpBody;

/**
 * The queue service's REST commands. Every change gets a fresh {@code Idempotency-Key}; when the
 * network fails the same request is retried with the same key (at most {@code retries} times), so
 * the service applies it once however often it arrives. A refusal becomes a {@link
 * QueueClientException} with the service's status and reason.
 *
 * <p>Methods block the calling thread (bounded by the OkHttp client's timeouts) and are
 * thread-safe; never call them on a UI thread. Tokens and passwords are never logged.
 */
public final class QueueClient {
  private static final Logger log = LoggerFactory.getLogger(QueueClient.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl base;
  private final OkHttpClient http;
  private final int retries;
  private volatile @Nullable SessionView session;

  /**
   * @param base the service's URL, e.g. {@code http://127.0.0.1:8300}
   * @param http the HTTP client (its timeouts bound every call)
   * @param retries how many times a change is retried after a network failure
   */
  public QueueClient(HttpUrl base, OkHttpClient http, int retries) {
    this.base = Objects.requireNonNull(base, "base");
    this.http = Objects.requireNonNull(http, "http");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
    this.retries = retries;
  }

  /** The service's base URL. */
  public HttpUrl base() {
    return base;
  }

  /** The HTTP client, shared with {@link EventConnection}. */
  public OkHttpClient http() {
    return http;
  }

  /** Signs in and keeps the token for every later call. */
  public SessionView signIn(String user, String password) {
    SessionView s =
        Objects.requireNonNull(
            call(
                "POST",
                Paths.SESSIONS,
                new Requests.SignIn(user, password),
                null,
                type(SessionView.class)));
    session = s;
    return s;
  }

  /** The current token; fails when not signed in. */
  public String token() {
    SessionView s = session;
    if (s == null) {
      throw new IllegalStateException("sign in first");
    }
    return s.token();
  }

  /** Signs out; the token stops working. */
  public void signOut() {
    call("DELETE", Paths.SESSIONS + "/current", null, null, null);
    session = null;
  }

  /** Everything this user may see. */
  public SnapshotView snapshot() {
    return get(Paths.SNAPSHOT, SnapshotView.class);
  }

  /** One agent. */
  public AgentView agent(String agent) {
    return get(Paths.fill(Paths.AGENT, agent), AgentView.class);
  }

  /** Logs {@code agent} in to {@code queues} (empty: all its queues). */
  public AgentView login(String agent, List<String> queues) {
    return change(
        "POST", Paths.fill(Paths.AGENT_LOGIN, agent), new Requests.Login(queues), AgentView.class);
  }

  /** Logs {@code agent} out of every queue. */
  public AgentView logout(String agent) {
    return change("POST", Paths.fill(Paths.AGENT_LOGOUT, agent), null, AgentView.class);
  }

  /** Changes presence; {@code expectedVersion} null skips the version check. */
  public AgentView changePresence(
      String agent, PresenceView presence, @Nullable Long expectedVersion) {
    return change(
        "PUT",
        Paths.fill(Paths.AGENT_PRESENCE, agent),
        new Requests.ChangePresence(presence, expectedVersion),
        AgentView.class);
  }

  /** Accepts an offer made to the signed-in agent. */
  public void acceptOffer(String offer) {
    command("POST", Paths.fill(Paths.OFFER_ACCEPT, offer), null, null);
  }

  /** Rejects an offer made to the signed-in agent. */
  public void rejectOffer(String offer) {
    command("POST", Paths.fill(Paths.OFFER_REJECT, offer), null, null);
  }

  /** One interaction. */
  public InteractionView interaction(String interaction) {
    return get(Paths.fill(Paths.INTERACTION, interaction), InteractionView.class);
  }

  /** Adds a note to an interaction. */
  public InteractionView addNote(String interaction, String text) {
    return change(
        "POST",
        Paths.fill(Paths.INTERACTION_NOTES, interaction),
        new Requests.AddNote(text),
        InteractionView.class);
  }

  /** Finishes the signed-in agent's wrap-up of an interaction. */
  public InteractionView wrapUp(String interaction, WrapUpBody wrapUp) {
    return change(
        "POST", Paths.fill(Paths.INTERACTION_WRAP_UP, interaction), wrapUp, InteractionView.class);
  }

  /** Transfers an interaction the signed-in agent handles. */
  public InteractionView transfer(String interaction, Requests.Transfer transfer) {
    return change(
        "POST",
        Paths.fill(Paths.INTERACTION_TRANSFER, interaction),
        transfer,
        InteractionView.class);
  }

  /** Completes a consult transfer. */
  public InteractionView completeTransfer(String interaction) {
    return change(
        "POST",
        Paths.fill(Paths.INTERACTION_TRANSFER_COMPLETE, interaction),
        null,
        InteractionView.class);
  }

  /** Cancels a consult transfer. */
  public InteractionView cancelTransfer(String interaction) {
    return change(
        "POST",
        Paths.fill(Paths.INTERACTION_TRANSFER_CANCEL, interaction),
        null,
        InteractionView.class);
  }

  /** Every queue's figures (supervisors and admins). */
  public List<QueueFiguresView> figures() {
    ObjectMapper m = ProtocolJson.mapper();
    List<QueueFiguresView> figures =
        call(
            "GET",
            Paths.QUEUE_FIGURES,
            null,
            null,
            m.getTypeFactory().constructCollectionType(List.class, QueueFiguresView.class));
    return Objects.requireNonNull(figures);
  }

  /** Reloads the service's configuration (admins). */
  public CatalogueView reloadConfiguration() {
    return change("POST", Paths.CONFIG_RELOAD, null, CatalogueView.class);
  }

  private <T> T get(String path, Class<T> answer) {
    return Objects.requireNonNull(call("GET", path, null, null, type(answer)));
  }

  private <T> T change(String method, String path, @Nullable Object body, Class<T> answer) {
    return Objects.requireNonNull(command(method, path, body, type(answer)));
  }

  private <T> @Nullable T command(
      String method, String path, @Nullable Object body, @Nullable JavaType answer) {
    // One key per logical command: every retry in call() repeats it.
    return call(method, path, body, UUID.randomUUID().toString(), answer);
  }

  private static JavaType type(Class<?> c) {
    return ProtocolJson.mapper().getTypeFactory().constructType(c);
  }

  private <T> @Nullable T call(
      String method,
      String path,
      @Nullable Object body,
      @Nullable String key,
      @Nullable JavaType answer) {
    Request request = request(method, path, body, key);
    // Only a change with a key may be sent again safely; reads may be too.
    int attempts = key != null || method.equals("GET") ? retries + 1 : 1;
    IOException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try (Response response = http.newCall(request).execute()) {
        return read(response, answer);
      } catch (IOException e) {
        last = e;
        log.info(
            "{} {} failed (attempt {} of {}): {}", method, path, attempt, attempts, e.toString());
      }
    }
    throw new QueueClientException(
        "queue service unreachable",
        method + " " + path + " failed " + attempts + " times",
        Objects.requireNonNull(last));
  }

  private Request request(String method, String path, @Nullable Object body, @Nullable String key) {
    HttpUrl url = base.resolve(path);
    if (url == null) {
      throw new IllegalArgumentException("not a path: " + path);
    }
    Request.Builder b = new Request.Builder().url(url);
    SessionView s = session;
    if (s != null) {
      b.header(Headers.AUTHORIZATION, "Bearer " + s.token());
    }
    if (key != null) {
      b.header(Headers.IDEMPOTENCY_KEY, key);
    }
    RequestBody rb = null;
    if (body != null) {
      try {
        rb = RequestBody.create(ProtocolJson.mapper().writeValueAsBytes(body), JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName(), e);
      }
    } else if (!method.equals("GET")) {
      rb = RequestBody.create(new byte[0], null);
    }
    return b.method(method, rb).build();
  }

  private static <T> @Nullable T read(Response response, @Nullable JavaType answer)
      throws IOException {
    ResponseBody body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    if (!response.isSuccessful()) {
      throw refusal(response.code(), bytes);
    }
    if (answer == null || bytes.length == 0) {
      return null;
    }
    return ProtocolJson.mapper().readValue(bytes, answer);
  }

  private static QueueClientException refusal(int status, byte[] body) {
    try {
      Problem p = ProtocolJson.mapper().readValue(body, Problem.class);
      return new QueueClientException(status, p.title(), p.detail());
    } catch (IOException | RuntimeException e) {
      return new QueueClientException(
          status, "refused", "the service answered " + status + " without a reason");
    }
  }
}
