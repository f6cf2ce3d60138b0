/**
 * The embedded default CRM: customers from a JSON or CSV file, contacts created beside it, and call
 * logs appended to a local journal that also feeds the customers' history.
 */
@NullMarked
package org.switchboard.crm.internal.local;

import org.jspecify.annotations.NullMarked;
