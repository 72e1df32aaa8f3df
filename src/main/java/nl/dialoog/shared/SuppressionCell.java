package nl.dialoog.shared;

/** A count as it may be published: {@code value} is null when the count is suppressed, and {@code reason} says why. */
public record SuppressionCell(Integer value, SuppressionReason reason) {

    public static SuppressionCell shown(int value) {
        return new SuppressionCell(value, SuppressionReason.SHOWN);
    }

    public static SuppressionCell hidden(SuppressionReason reason) {
        return new SuppressionCell(null, reason);
    }

    public boolean suppressed() {
        return value == null;
    }
}
