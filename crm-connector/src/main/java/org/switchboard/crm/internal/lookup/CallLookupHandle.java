package org.switchboard.crm.internal.lookup;

import java.util.function.Consumer;
import org.switchboard.core.Subscription;
import org.switchboard.core.customer.CustomerCard;

/** A cached call lookup as its users see it: something to watch. */
@FunctionalInterface
public interface CallLookupHandle {
  Subscription watch(Consumer<CustomerCard> listener);
}
