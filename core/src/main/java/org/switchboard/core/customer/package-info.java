/**
 * Switchboard's domain (customer): who is calling, as a CRM or directory knows them. {@link
 * org.switchboard.core.customer.CustomerDirectory} is what a CRM adapter implements; {@link
 * org.switchboard.core.customer.ScreenPop} is what the desktop asks when a call is offered.
 */
@NullMarked
package org.switchboard.core.customer;

import org.jspecify.annotations.NullMarked;
