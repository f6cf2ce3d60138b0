package org.switchboard.app.settings;

/**
 * A settings value that cannot be used: the field's path as the settings file has it ({@code port},
 * {@code audio.microphone}) and what is wrong with it. The message is {@code <field>: <detail>}.
 */
public final class SettingsFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String detail;

  public SettingsFieldException(String field, String detail) {
    super(field + ": " + detail);
    this.field = field;
    this.detail = detail;
  }

  /** The field's path, e.g. {@code appearance.theme}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field's name, e.g. {@code must be a whole number}. */
  public String detail() {
    return detail;
  }
}
