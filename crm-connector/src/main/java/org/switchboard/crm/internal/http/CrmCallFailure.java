package org.switchboard.crm.internal.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.switchboard.core.customer.DirectoryException;
import org.switchboard.core.journal.CallLogException;

/**
 * An HTTP exchange with a CRM failed. The message is safe to show and log (no URL query, no body,
 * no header). Connectors turn it into the port's exception with {@link #toDirectoryException()} or
 * {@link #toCallLogException()}.
 */
public final class CrmCallFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final DirectoryException.Kind kind;
  private final int status;
  private final @Nullable Duration retryAfter;

  public CrmCallFailure(
      DirectoryException.Kind kind,
      String message,
      int status,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public static CrmCallFailure malformed(String message, @Nullable Throwable cause) {
    return new CrmCallFailure(DirectoryException.Kind.MALFORMED, message, 0, null, cause);
  }

  public static CrmCallFailure rejected(String message) {
    return new CrmCallFailure(DirectoryException.Kind.REJECTED, message, 0, null, null);
  }

  public DirectoryException.Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }

  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  public boolean isRetryable() {
    return kind == DirectoryException.Kind.UNAVAILABLE;
  }

  public DirectoryException toDirectoryException() {
    return new DirectoryException(kind, getMessage(), retryAfter, this);
  }

  public CallLogException toCallLogException() {
    return new CallLogException(isRetryable(), getMessage(), retryAfter, this);
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? kind.name() : message;
  }
}
