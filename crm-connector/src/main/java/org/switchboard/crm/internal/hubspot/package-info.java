/** HubSpot CRM v3/v4: contact search by phone, associated calls and tickets, calls logged. */
@NullMarked
package org.switchboard.crm.internal.hubspot;

import org.jspecify.annotations.NullMarked;
