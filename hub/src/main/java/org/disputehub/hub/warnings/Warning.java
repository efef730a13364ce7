package org.disputehub.hub.warnings;

import java.util.List;

/** A dispute's warning: its most severe level and every reason raised. */
public record Warning(String level, List<String> reasons) {
}
