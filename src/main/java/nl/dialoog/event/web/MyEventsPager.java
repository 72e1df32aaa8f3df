package nl.dialoog.event.web;

/**
 * Which part of My events is shown: pages of {@link #SIZE} numbered from 1, a number out of range (or not a number)
 * read as the nearest page, so an old bookmark never fails.
 */
public record MyEventsPager(int number, int count, int total) {

    static final int SIZE = 25;

    static MyEventsPager of(String requested, int total) {
        int count = Math.max(1, (total + SIZE - 1) / SIZE);
        int number;
        try {
            number = requested == null || requested.isBlank() ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException notANumber) {
            number = 1;
        }
        return new MyEventsPager(Math.clamp(number, 1, count), count, total);
    }

    int offset() {
        return (number - 1) * SIZE;
    }

    public int from() {
        return total == 0 ? 0 : offset() + 1;
    }

    public int to() {
        return Math.min(total, number * SIZE);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    /** The page numbers to link: the first, the last and three either side of this one. */
    public java.util.List<Integer> links() {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .filter(n -> n == 1 || n == count || Math.abs(n - number) <= 3).boxed().toList();
    }
}
