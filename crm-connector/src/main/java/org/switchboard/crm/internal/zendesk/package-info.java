/** Zendesk Support: users by phone, their tickets, calls logged as tickets. */
@NullMarked
package org.switchboard.crm.internal.zendesk;

import org.jspecify.annotations.NullMarked;
