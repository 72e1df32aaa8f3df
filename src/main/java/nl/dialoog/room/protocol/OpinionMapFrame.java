package nl.dialoog.room.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.fasterxml.jackson.annotation.JsonTypeName;
import nl.dialoog.room.OpinionMap;

/**
 * The opinion map as the room sends it, to staff and (while shared) to everyone: the same frame for both, because
 * nobody needs to know who is where. Places are rounded to a grid of {@link #GRID} steps (one scale for both axes,
 * so the picture keeps its shape) and people on the same spot of the same group are sent once with how many they
 * are: {@code points} is a flat list of x, y, count. That keeps the frame small (a few kilobytes for thousands of
 * voters, who crowd on few spots) and says nothing about any one person.
 *
 * @param others the voters not yet in the conversation (too few votes to be grouped), as x, y, count
 */
@JsonTypeName("opinionMap")
public record OpinionMapFrame(int voters, int grouped, List<GroupView> groups, List<Integer> others,
                              List<NoteView> consensus, List<NoteView> divisive, String at) implements StatementFrame {

    static final int GRID = 100;

    public record GroupView(String label, int size, List<Integer> points, List<NoteView> representative) {
    }

    public record NoteView(long id, String text, int agree, int disagree, boolean agrees) {
    }

    public static OpinionMapFrame of(OpinionMap map) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (OpinionMap.Point point : map.points()) {
            minX = Math.min(minX, point.x());
            maxX = Math.max(maxX, point.x());
            minY = Math.min(minY, point.y());
            maxY = Math.max(maxY, point.y());
        }
        double range = Math.max(maxX - minX, maxY - minY);
        double scale = range > 0 && Double.isFinite(range) ? GRID / range : 0;
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        Map<Integer, Map<Integer, Integer>> spots = new TreeMap<>();
        for (OpinionMap.Point point : map.points()) {
            if (!Double.isFinite(point.x()) || !Double.isFinite(point.y())) {
                continue;
            }
            int x = (int) Math.round(GRID / 2.0 + (point.x() - midX) * scale);
            int y = (int) Math.round(GRID / 2.0 + (point.y() - midY) * scale);
            int group = point.group() == null ? -1 : point.group();
            spots.computeIfAbsent(group, g -> new TreeMap<>()).merge(x * (GRID + 1) + y, 1, Integer::sum);
        }
        List<GroupView> groups = map.groups().stream()
                .map(group -> new GroupView(label(group.index()), group.size(),
                        flat(spots.getOrDefault(group.index(), Map.of())), notes(group.representative())))
                .toList();
        int grouped = map.groups().stream().mapToInt(OpinionMap.Group::size).sum();
        return new OpinionMapFrame(map.voters(), grouped, groups, flat(spots.getOrDefault(-1, Map.of())),
                notes(map.consensus()), notes(map.divisive()), map.computedAt().toString());
    }

    /** A, B, C… as Pol.is names its groups. */
    public static String label(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }

    private static List<Integer> flat(Map<Integer, Integer> spots) {
        List<Integer> flat = new ArrayList<>(spots.size() * 3);
        spots.forEach((spot, count) -> {
            flat.add(spot / (GRID + 1));
            flat.add(spot % (GRID + 1));
            flat.add(count);
        });
        return flat;
    }

    private static List<NoteView> notes(List<OpinionMap.StatementNote> notes) {
        return notes.stream()
                .map(note -> new NoteView(note.statementId(), note.text(), note.agreePercent(),
                        note.disagreePercent(), note.agree()))
                .toList();
    }
}
