package org.switchboard.app.wizard;

/** The wizard's pages, in order. */
public enum WizardPage {
  LANGUAGE("wizard.page.language"),
  ACCOUNT("wizard.page.account"),
  AUDIO("wizard.page.audio"),
  CRM("wizard.page.crm"),
  DONE("wizard.page.done");

  private final String titleKey;

  WizardPage(String titleKey) {
    this.titleKey = titleKey;
  }

  /** The message key of the page's title. */
  public String titleKey() {
    return titleKey;
  }
}
