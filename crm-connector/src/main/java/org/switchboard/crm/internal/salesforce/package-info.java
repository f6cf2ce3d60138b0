/**
 * Salesforce REST API: SOSL phone search over Contact, Lead and Account, call Tasks and open Cases
 * by SOQL, calls logged as Tasks upserted on an External ID field, contacts created.
 */
@NullMarked
package org.switchboard.crm.internal.salesforce;

import org.jspecify.annotations.NullMarked;
