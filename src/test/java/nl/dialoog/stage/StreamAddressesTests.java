package nl.dialoog.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stream addresses the room may show, and what it loads for each. */
class StreamAddressesTests {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/live/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871?dnt=1",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871?dnt=1",
            "https://vimeo.com/event/1234567, https://vimeo.com/event/1234567/embed?dnt=1",
            "https://cdn.example.org/live/panel/index.m3u8, https://cdn.example.org/live/panel/index.m3u8",
    })
    void turnsAKnownAddressIntoAPrivacyFriendlyPlayer(String address, String embed) {
        assertThat(StreamAddresses.parse(address).embed()).hasToString(embed);
    }

    @ParameterizedTest
    @CsvSource({
            "http://www.youtube.com/watch?v=dQw4w9WgXcQ, stage.stream.https",
            "javascript:alert(1), stage.stream.invalid",
            "https://evil.example/page.html, stage.stream.unknown",
            "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ, stage.stream.https",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ, stage.stream.https",
            "https://www.youtube.com/watch?v=short, stage.stream.youtube",
            "https://www.youtube.com/channel/UCabc, stage.stream.youtube",
            "https://vimeo.com/channels/staffpicks, stage.stream.vimeo",
            "not an address, stage.stream.invalid",
            "ftp://cdn.example.org/a.m3u8, stage.stream.https",
    })
    void refusesAnythingElseSayingWhy(String address, String code) {
        assertThatThrownBy(() -> StreamAddresses.parse(address))
                .isInstanceOfSatisfying(StageRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(code);
                    assertThat(refused.field()).isEqualTo("address");
                });
    }

    @org.junit.jupiter.api.Test
    void refusesAnOverlongAddress() {
        assertThatThrownBy(() -> StreamAddresses.parse("https://cdn.example.org/" + "a".repeat(500) + ".m3u8"))
                .isInstanceOfSatisfying(StageRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("stage.stream.tooLong"));
    }
}
