/** Languages and localised text, observable so that views follow a change of language. */
@NullMarked
package org.switchboard.app.i18n;

import org.jspecify.annotations.NullMarked;
