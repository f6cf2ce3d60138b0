/**
 * The customer panel (screen pop card): who is calling as the CRM knows them, choosing among
 * several matches, creating a contact for an unknown caller. View model, view and the text
 * sanitising that every CRM-supplied string passes through before it is shown.
 */
@NullMarked
package org.switchboard.app.customer;

import org.jspecify.annotations.NullMarked;
