/**
 * The LDAP / Active Directory directory's machinery on JNDI: connections (timeouts, StartTLS,
 * simple bind), RFC 4515 filters, phone matching on free-form stored numbers, and entries turned
 * into customers.
 */
@NullMarked
package org.switchboard.crm.internal.ldap;

import org.jspecify.annotations.NullMarked;
