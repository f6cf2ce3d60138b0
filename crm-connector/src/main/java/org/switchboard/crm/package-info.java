/** Module crm-connector: filled in by its own issue; see docs/architecture.md. */
@NullMarked
package org.switchboard.crm;

import org.jspecify.annotations.NullMarked;
