/** Caller numbers as signalled, turned into E.164 (or an internal extension) before lookup. */
@NullMarked
package org.switchboard.crm.internal.phone;

import org.jspecify.annotations.NullMarked;
