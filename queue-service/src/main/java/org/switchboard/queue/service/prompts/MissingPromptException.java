package org.switchboard.queue.service.prompts;

/** No recording of a prompt exists in the language asked for nor in the fallback language. */
public final class MissingPromptException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String prompt;
  private final String language;

  MissingPromptException(String prompt, String language, String fallbackLanguage) {
    super(
        "no recording of prompt '"
            + prompt
            + "' in language '"
            + language
            + "'"
            + (language.equals(fallbackLanguage)
                ? ""
                : " nor in the fallback language '" + fallbackLanguage + "'"));
    this.prompt = prompt;
    this.language = language;
  }

  /** The prompt's name. */
  public String prompt() {
    return prompt;
  }

  /** The language asked for. */
  public String language() {
    return language;
  }
}
