package org.switchboard.crm;

import java.util.Objects;
import org.switchboard.core.customer.CustomerDirectory;
import org.switchboard.core.journal.CallLogWriter;

/**
 * One CRM as the composition root sees it: where customers are looked up, and where call records
 * are written. The two are often the same object.
 */
public record CrmConnector(CustomerDirectory directory, CallLogWriter callLog) {
  public CrmConnector {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(callLog, "callLog");
  }
}
