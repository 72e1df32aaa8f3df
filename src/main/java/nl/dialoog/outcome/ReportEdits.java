package nl.dialoog.outcome;

import java.util.Map;
import java.util.Set;

/** What the organisers write and choose: summary and notes per language (Markdown), and the parts shown. */
public record ReportEdits(Map<String, String> summary, Map<String, String> notes, Set<ReportPart> parts) {
}
