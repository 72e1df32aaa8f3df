package nl.dialoog.room.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The room's knobs, {@code dialoog.room.*}.
 *
 * @param bus           {@code local} (one node) or {@code redis} (several nodes)
 * @param tick          how often batched frames go out; the price of batching is up to one tick of latency
 * @param queueBatches  how many batches a client may fall behind before it is told to resync
 * @param resumeLimit   the most missed entries replayed on resume; beyond that the client gets a snapshot
 * @param passValidity  how long a room pass (the credential a room page gives its script) stays valid
 * @param messageMax    the longest chat message, in characters
 * @param commandRate   commands one person may send per ten seconds
 * @param socketsPerPerson  connections one person may hold at once on one node (tabs and devices together)
 * @param connectsPerMinute connections one person may open per minute (each one starts with a snapshot)
 * @param resumesPerMinute  resumes one person may ask for per minute (each one replays missed entries)
 * @param redisUrl      with {@code bus=redis}: the Redis server, e.g. {@code redis://:secret@redis.internal:6379/0}
 * @param redisChannel  with {@code bus=redis}: the pub/sub channel all nodes of one site share
 */
@ConfigurationProperties("dialoog.room")
public record RoomSettings(@DefaultValue("local") String bus,
                           @DefaultValue("150ms") Duration tick,
                           @DefaultValue("64") int queueBatches,
                           @DefaultValue("1000") int resumeLimit,
                           @DefaultValue("12h") Duration passValidity,
                           @DefaultValue("1000") int messageMax,
                           @DefaultValue("30") int commandRate,
                           @DefaultValue("60m") Duration openAfterEnd,
                           @DefaultValue("redis://127.0.0.1:6379") String redisUrl,
                           @DefaultValue("dialoog:room") String redisChannel,
                           @DefaultValue("5") int socketsPerPerson,
                           @DefaultValue("12") int connectsPerMinute,
                           @DefaultValue("10") int resumesPerMinute) {
}
