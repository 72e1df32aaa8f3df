package nl.dialoog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Dialoog: publish, register, run and report online dialogues between organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DialoogApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialoogApplication.class, args);
    }
}
