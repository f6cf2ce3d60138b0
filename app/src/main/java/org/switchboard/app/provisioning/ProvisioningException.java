package org.switchboard.app.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * A provisioning document that cannot be used, naming where it came from and the field at fault:
 * {@code /etc/switchboard/provisioning.json: settings.port: Enter a port number from 1 to 65535}.
 */
public final class ProvisioningException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final @Nullable String field;
  private final String detail;

  /**
   * @param source the file's path or the URL
   * @param field the field's path in the document ({@code settings.port}, {@code url}), or null
   *     when the problem is the whole document (not JSON, not readable)
   * @param detail what is wrong
   */
  public ProvisioningException(String source, @Nullable String field, String detail) {
    super(source + ": " + (field == null ? "" : field + ": ") + detail);
    this.source = source;
    this.field = field;
    this.detail = detail;
  }

  public String source() {
    return source;
  }

  /** The field at fault, or null when the problem is the whole document. */
  public @Nullable String field() {
    return field;
  }

  /** The problem without its source: {@code settings.port: Enter a port number ...}. */
  public String problem() {
    return field == null ? detail : field + ": " + detail;
  }
}
