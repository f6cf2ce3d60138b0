package org.switchboard.core.customer;

/** What kind of open work a customer has with us. */
public enum OpenItemKind {
  TICKET,
  CASE,
  ORDER,
  DEAL
}
