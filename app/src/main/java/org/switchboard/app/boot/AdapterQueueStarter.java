package org.switchboard.app.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.switchboard.app.headless.AgentConfig;
import org.switchboard.app.headless.AgentFailure;
import org.switchboard.app.headless.ExitCode;
import org.switchboard.app.headless.QueueLink;
import org.switchboard.app.headless.QueueStarter;
import org.switchboard.core.call.CallControl;
import org.switchboard.queue.client.Backoff;
import org.switchboard.queue.client.EventConnection;
import org.switchboard.queue.client.QueueAgentSession;
import org.switchboard.queue.client.QueueClient;

/**
 * Starts the headless agent's queue mode on the queue client: a {@link QueueClient} for the
 * configured URL, its {@link EventConnection} and a {@link QueueAgentSession}, joined by a {@link
 * QueueServiceLink} that signs in and connects in the background.
 */
final class AdapterQueueStarter implements QueueStarter {
  private static final int RETRIES = 2;

  private final Clock clock;
  private final Duration firstRetry;
  private final Duration maxRetry;

  /**
   * @param firstRetry the first delay before reconnecting (then doubled, up to {@code maxRetry})
   */
  AdapterQueueStarter(Clock clock, Duration firstRetry, Duration maxRetry) {
    this.clock = clock;
    this.firstRetry = firstRetry;
    this.maxRetry = maxRetry;
  }

  @Override
  public QueueLink start(AgentConfig.Queue queue, CallControl calls, QueueLink.Listener listener)
      throws AgentFailure {
    HttpUrl url = HttpUrl.parse(queue.url());
    if (url == null) {
      throw new AgentFailure(
          ExitCode.USAGE, "queue.url is not an http:// or https:// URL: " + queue.url());
    }
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(15))
            .build();
    QueueClient client = new QueueClient(url, http, RETRIES);
    EventConnection connection =
        new EventConnection(client, new Backoff(firstRetry, maxRetry, new Random()));
    QueueAgentSession session =
        new QueueAgentSession(queue.user(), client, connection, calls, clock);
    QueueServiceLink link =
        new QueueServiceLink(
            queue,
            client,
            connection,
            session,
            listener,
            new Backoff(firstRetry, maxRetry, new Random()));
    link.start();
    return link;
  }
}
