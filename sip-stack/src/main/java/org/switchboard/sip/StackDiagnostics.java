package org.switchboard.sip;

/**
 * A look inside one agent's JAIN-SIP stack at one moment: its name (which prefixes its threads'
 * names) and the sizes of its transaction and dialog tables, which a flood of messages must not
 * leave grown. For tests and diagnostics.
 */
record StackDiagnostics(
    String stackName, int serverTransactions, int clientTransactions, int dialogs) {}
