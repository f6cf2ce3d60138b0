/** Microsoft Dynamics 365 (Dataverse Web API, OData v4): contacts, phone calls, cases. */
@NullMarked
package org.switchboard.crm.internal.dynamics;

import org.jspecify.annotations.NullMarked;
