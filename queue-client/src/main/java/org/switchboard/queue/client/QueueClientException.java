package org.switchboard.queue.client;

/**
 * The queue service refused a command, or could not be reached. For a refusal, {@link #status()} is
 * the HTTP status and {@link #detail()} the service's reason (its {@code Problem} body); for a
 * network failure after every retry, the status is 0.
 */
public final class QueueClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;
  private final String detail;

  public QueueClientException(int status, String title, String detail) {
    super(status == 0 ? title + ": " + detail : status + " " + title + ": " + detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public QueueClientException(String title, String detail, Throwable cause) {
    super(title + ": " + detail, cause);
    this.status = 0;
    this.title = title;
    this.detail = detail;
  }

  /** The HTTP status, or 0 when the service could not be reached. */
  public int status() {
    return status;
  }

  /** A short, stable summary, e.g. "stale version". */
  public String title() {
    return title;
  }

  /** What exactly was wrong. */
  public String detail() {
    return detail;
  }
}
